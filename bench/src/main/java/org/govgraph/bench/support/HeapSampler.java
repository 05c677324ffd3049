package org.govgraph.bench.support;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Samples this JVM's used heap ({@link MemoryMXBean}) every few milliseconds while open,
 * and keeps the peak: what the heap really held during a run, garbage included, as an
 * operator's monitoring would see it.
 */
public final class HeapSampler implements AutoCloseable {
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final AtomicLong peak = new AtomicLong();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread thread;

    private HeapSampler(long periodMillis) {
        thread = new Thread(
                () -> {
                    while (running.get()) {
                        long used = memory.getHeapMemoryUsage().getUsed();
                        peak.accumulateAndGet(used, Math::max);
                        try {
                            Thread.sleep(periodMillis);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                },
                "heap-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    public static HeapSampler start(long periodMillis) {
        return new HeapSampler(periodMillis);
    }

    /** The largest used heap seen so far, in MiB. */
    public double peakMiB() {
        return peak.get() / (1024.0 * 1024);
    }

    /** The heap limit of this JVM ({@code -Xmx}), in MiB. */
    public double maxMiB() {
        return memory.getHeapMemoryUsage().getMax() / (1024.0 * 1024);
    }

    @Override
    public void close() {
        running.set(false);
        thread.interrupt();
    }
}

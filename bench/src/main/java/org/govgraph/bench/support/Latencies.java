package org.govgraph.bench.support;

import java.util.Arrays;

/**
 * Latencies of a run, in nanoseconds, and the throughput they came with. Percentiles use
 * the nearest-rank method on the sorted samples.
 *
 * @param samplesNanos every latency measured
 * @param wallNanos    the wall-clock time of the whole run (for throughput)
 * @param errors       requests that failed (not counted in the samples)
 */
public record Latencies(long[] samplesNanos, long wallNanos, long errors) {
    public Latencies {
        samplesNanos = samplesNanos.clone();
        Arrays.sort(samplesNanos);
    }

    public int count() {
        return samplesNanos.length;
    }

    /** The {@code p}-th percentile (0..100) in milliseconds. */
    public double percentileMillis(double p) {
        if (samplesNanos.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * samplesNanos.length);
        return samplesNanos[Math.max(0, Math.min(samplesNanos.length - 1, rank - 1))] / 1e6;
    }

    public double p50() {
        return percentileMillis(50);
    }

    public double p99() {
        return percentileMillis(99);
    }

    /** Completed requests per second of wall-clock time. */
    public double perSecond() {
        return wallNanos == 0 ? Double.NaN : samplesNanos.length / (wallNanos / 1e9);
    }

    /** Pools several runs of the same thing (e.g. the A and A' of A, B, A', B'). */
    public static Latencies merge(Latencies... runs) {
        int n = 0;
        long wall = 0;
        long errors = 0;
        for (Latencies r : runs) {
            n += r.samplesNanos.length;
            wall += r.wallNanos;
            errors += r.errors;
        }
        long[] all = new long[n];
        int at = 0;
        for (Latencies r : runs) {
            System.arraycopy(r.samplesNanos, 0, all, at, r.samplesNanos.length);
            at += r.samplesNanos.length;
        }
        return new Latencies(all, wall, errors);
    }
}

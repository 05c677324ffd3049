package org.govgraph.bench.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A child JVM on the bench's own class path, so that every run starts from a cold, empty
 * heap with its own {@code -Xmx}, and can be killed like a real process
 * ({@link Process#destroyForcibly()} is {@code kill -9} on Linux).
 */
public final class ChildJvm {
    private final String mainClass;
    private final List<String> jvmArgs = new ArrayList<>();
    private final List<String> args = new ArrayList<>();

    private ChildJvm(String mainClass) {
        this.mainClass = mainClass;
    }

    public static ChildJvm of(Class<?> mainClass) {
        return new ChildJvm(mainClass.getName());
    }

    public static ChildJvm of(String mainClass) {
        return new ChildJvm(mainClass);
    }

    /** The heap limit, e.g. {@code 512m}; the child exits at once on an out-of-memory error. */
    public ChildJvm heap(String xmx) {
        jvmArgs.add("-Xmx" + xmx);
        jvmArgs.add("-XX:+ExitOnOutOfMemoryError");
        return this;
    }

    public ChildJvm jvmArg(String arg) {
        jvmArgs.add(arg);
        return this;
    }

    public ChildJvm args(Object... more) {
        for (Object a : more) {
            args.add(a.toString());
        }
        return this;
    }

    /** Starts the child; its output lines go to {@code lines} as they come. */
    public Running start(Consumer<String> lines) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmArgs);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(args);
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            return new Running(p, lines, System.nanoTime());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start a child JVM: " + command, e);
        }
    }

    /** Runs the child to its end or until {@code limit}, then kills it. */
    public Result run(Duration limit, Consumer<String> lines) {
        return start(lines).await(limit);
    }

    /** A running child: its output is collected by a reader thread. */
    public static final class Running {
        private final Process process;
        private final long startedNanos;
        private final List<String> output = new CopyOnWriteArrayList<>();
        private final Thread reader;

        private Running(Process process, Consumer<String> lines, long startedNanos) {
            this.process = process;
            this.startedNanos = startedNanos;
            this.reader = new Thread(
                    () -> {
                        try (BufferedReader r = new BufferedReader(
                                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                            String line;
                            while ((line = r.readLine()) != null) {
                                output.add(line);
                                lines.accept(line);
                            }
                        } catch (IOException e) {
                            // The child was killed: its pipe closes; what was read is kept.
                        }
                    },
                    "child-output");
            reader.setDaemon(true);
            reader.start();
        }

        public Process process() {
            return process;
        }

        public List<String> output() {
            return output;
        }

        /** Kills the child at once (SIGKILL on Linux) and waits for it to be gone. */
        public Result kill() {
            process.destroyForcibly();
            return await(Duration.ofMinutes(1));
        }

        /** Waits up to {@code limit}; a child still running then is killed and reported as timed out. */
        public Result await(Duration limit) {
            boolean finished;
            try {
                finished = process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
                if (!finished) {
                    process.destroyForcibly();
                    process.waitFor();
                }
                reader.join(10_000);
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for a child JVM", e);
            }
            return new Result(
                    process.exitValue(),
                    !finished,
                    Duration.ofNanos(System.nanoTime() - startedNanos),
                    List.copyOf(output));
        }
    }

    /**
     * How a child ended.
     *
     * @param exitCode its exit status (137 when killed)
     * @param timedOut whether it was killed for running past its limit
     * @param elapsed  wall-clock time from start to end, JVM start-up included
     * @param output   its standard output and error, line by line
     */
    public record Result(int exitCode, boolean timedOut, Duration elapsed, List<String> output) {
        /** Whether the child ran out of heap. */
        public boolean outOfMemory() {
            return output.stream().anyMatch(l -> l.contains("OutOfMemoryError") || l.contains("Java heap space"));
        }

        /** The value of the last {@code key=value} line printed for {@code key}, or null. */
        public String value(String key) {
            String found = null;
            for (String line : output) {
                if (line.startsWith(key + "=")) {
                    found = line.substring(key.length() + 1).strip();
                }
            }
            return found;
        }

        /** The last lines of output, for error messages. */
        public String tail() {
            return String.join("\n", output.subList(Math.max(0, output.size() - 15), output.size()));
        }
    }
}

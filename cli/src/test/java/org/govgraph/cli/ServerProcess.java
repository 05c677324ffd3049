package org.govgraph.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A {@code govgraph serve} in a JVM of its own, as a user starts it, for the tests that need
 * a primary and its replicas as separate processes (each with its own TDB2 locks); it is
 * up once it has announced itself in its store directory.
 */
final class ServerProcess implements AutoCloseable {
    private final Path store;
    private final Path log;
    private final List<String> arguments;
    private Process process;
    private String url;

    private ServerProcess(Path store, Path log, List<String> arguments) {
        this.store = store;
        this.log = log;
        this.arguments = arguments;
    }

    /** Starts {@code govgraph serve --store STORE ARGS...}, logging to {@code log}, and waits until it announces itself. */
    static ServerProcess start(Path store, Path log, String... arguments) throws IOException, InterruptedException {
        ServerProcess server = new ServerProcess(store, log, List.of(arguments));
        server.start();
        return server;
    }

    /** Starts it again with the same arguments (after {@link #kill()} or {@link #stop()}). */
    void start() throws IOException, InterruptedException {
        Files.deleteIfExists(store.resolve(ServerAnnouncement.FILE));
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-XX:+UseSerialGC",
                "-cp",
                classPath,
                GovgraphCommand.class.getName(),
                "serve",
                "--store",
                store.toString()));
        command.addAll(arguments);
        process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (ServerAnnouncement.read(store).isEmpty()) {
            assertTrue(
                    System.nanoTime() < deadline && process.isAlive(),
                    "the server did not announce itself: " + Files.readString(log));
            Thread.sleep(100);
        }
        url = ServerAnnouncement.read(store).orElseThrow().url();
    }

    /** Its URL, ending in a slash. */
    String url() {
        return url;
    }

    Path store() {
        return store;
    }

    Path log() {
        return log;
    }

    long pid() {
        return process.pid();
    }

    /** {@code kill -9}: no shutdown of any kind. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** A graceful stop (SIGTERM). */
    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            kill();
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            stop();
        }
    }
}

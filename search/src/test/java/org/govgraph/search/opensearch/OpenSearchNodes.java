package org.govgraph.search.opensearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Real OpenSearch nodes for the tests, each in a child JVM of its own on loopback ports, started
 * from the node class path the search module's {@code opensearch} profile resolves (system
 * property {@value #CLASSPATH_FILE}) with the launcher {@code src/test/opensearch-node/OpenSearchNode.java}.
 * A node can be killed with SIGKILL ({@link Process#destroyForcibly()}) and started again on
 * the same ports and data directory.
 */
public final class OpenSearchNodes implements AutoCloseable {
    /** The file that holds the nodes' class path, written by the profile's build. */
    public static final String CLASSPATH_FILE = "opensearch.node.classpath.file";
    /**
     * A fixed heap for every node ({@code -Xms} = {@code -Xmx}, e.g. {@code 1g}), as the bench sets it;
     * unset, the tests' small 256m..512m.
     */
    public static final String HEAP = "opensearch.node.heap";
    // Generous: a node starts in about 30 s on an idle machine, minutes on a busy one.
    private static final Duration START = Duration.ofMinutes(6);

    private final Path base;
    private final String cluster;
    private final int[] httpPorts;
    private final int[] transportPorts;
    private final Process[] processes;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private OpenSearchNodes(Path base, int count) throws IOException {
        this.base = base;
        this.cluster = "govgraph-test-" + ProcessHandle.current().pid();
        this.httpPorts = new int[count];
        this.transportPorts = new int[count];
        this.processes = new Process[count];
        for (int i = 0; i < count; i++) {
            httpPorts[i] = freePort();
            transportPorts[i] = freePort();
        }
    }

    /** Starts {@code count} nodes that form one cluster and waits until it answers. */
    public static OpenSearchNodes start(int count) {
        try {
            OpenSearchNodes nodes = new OpenSearchNodes(Files.createTempDirectory("govgraph-opensearch"), count);
            for (int i = 0; i < count; i++) {
                nodes.launch(i);
            }
            for (int i = 0; i < count; i++) {
                nodes.awaitHttp(i);
            }
            nodes.awaitStatus("yellow", START);
            return nodes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The nodes' HTTP addresses. */
    public List<URI> hosts() {
        List<URI> out = new ArrayList<>();
        for (int p : httpPorts) {
            out.add(URI.create("http://127.0.0.1:" + p));
        }
        return out;
    }

    public int size() {
        return processes.length;
    }

    /** Kills node {@code i} with SIGKILL: no shutdown, as when a machine dies. */
    public void kill(int i) throws InterruptedException {
        processes[i].destroyForcibly();
        processes[i].waitFor();
    }

    /** Starts node {@code i} again, on its ports and data directory, and waits until it answers HTTP. */
    public void restart(int i) throws IOException {
        launch(i);
        awaitHttp(i);
    }

    /**
     * Waits until the cluster health is {@code status} (or better), asking a node that is up;
     * false if it was not within {@code timeout}.
     */
    public boolean awaitStatus(String status, Duration timeout) {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            for (int i = 0; i < processes.length; i++) {
                if (processes[i] == null || !processes[i].isAlive()) {
                    continue;
                }
                try {
                    String body = get(i, "/_cluster/health?wait_for_status=" + status + "&timeout=5s");
                    if (!body.contains("\"timed_out\":true")) {
                        return true;
                    }
                } catch (IOException e) {
                    // that node is not answering (yet): try another
                }
            }
            sleep(200);
        }
        return false;
    }

    /** The cluster health colour as a node that is up reports it now. */
    public String status() {
        for (int i = 0; i < processes.length; i++) {
            if (processes[i] != null && processes[i].isAlive()) {
                try {
                    String body = get(i, "/_cluster/health");
                    int at = body.indexOf("\"status\":\"");
                    return body.substring(at + 10, body.indexOf('"', at + 10));
                } catch (IOException e) {
                    // try the next node
                }
            }
        }
        return "unreachable";
    }

    private String get(int node, String path) throws IOException {
        try {
            HttpResponse<String> r = http.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPorts[node] + path))
                            .timeout(Duration.ofSeconds(10))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return r.body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /**
     * The launcher compiled once against the node class path, so that the nodes start from a class
     * rather than each compiling the source (which costs seconds of CPU per node on a busy machine).
     */
    private String classpath() throws IOException {
        String nodes = Files.readString(Path.of(System.getProperty(CLASSPATH_FILE, "target/opensearch-node.classpath")))
                .strip();
        Path classes = base.resolve("launcher");
        if (!Files.isDirectory(classes)) {
            Path launcher = Path.of(
                    System.getProperty("opensearch.node.launcher", "src/test/opensearch-node/OpenSearchNode.java"));
            Files.createDirectories(classes);
            int rc = javax.tools.ToolProvider.getSystemJavaCompiler()
                    .run(null, null, null, "-cp", nodes, "-d", classes.toString(), launcher.toString());
            if (rc != 0) {
                throw new IllegalStateException("The OpenSearch node launcher " + launcher + " did not compile");
            }
        }
        return classes + java.io.File.pathSeparator + nodes;
    }

    private void launch(int i) throws IOException {
        String classpath = classpath();
        String seeds = processes.length == 1
                ? "-"
                : java.util.Arrays.stream(transportPorts)
                        .mapToObj(p -> "127.0.0.1:" + p)
                        .collect(Collectors.joining(","));
        String initial = java.util.stream.IntStream.range(0, processes.length)
                .mapToObj(OpenSearchNodes::name)
                .collect(Collectors.joining(","));
        Path dir = base.resolve(name(i));
        Files.createDirectories(dir);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(
                        java,
                        "-Xms" + System.getProperty(HEAP, "256m"),
                        "-Xmx" + System.getProperty(HEAP, "512m"),
                        "-XX:+UseSerialGC",
                        "-Dlog4j2.disable.jmx=true",
                        "-cp",
                        classpath,
                        "OpenSearchNode",
                        dir.toString(),
                        cluster,
                        name(i),
                        Integer.toString(httpPorts[i]),
                        Integer.toString(transportPorts[i]),
                        seeds,
                        initial)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        base.resolve(name(i) + ".log").toFile()));
        processes[i] = pb.start();
    }

    private static String name(int i) {
        return "node-" + (i + 1);
    }

    private void awaitHttp(int i) {
        long end = System.nanoTime() + START.toNanos();
        while (System.nanoTime() < end) {
            if (!processes[i].isAlive()) {
                throw new IllegalStateException("OpenSearch node " + name(i) + " exited with "
                        + processes[i].exitValue() + ": see " + base.resolve(name(i) + ".log"));
            }
            try {
                get(i, "/");
                return;
            } catch (IOException e) {
                sleep(250);
            }
        }
        throw new IllegalStateException("OpenSearch node " + name(i) + " did not answer within " + START + ": see "
                + base.resolve(name(i) + ".log"));
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /** Stops every node and deletes their directories. */
    @Override
    public void close() {
        for (Process p : processes) {
            if (p != null) {
                p.destroyForcibly();
            }
        }
        for (Process p : processes) {
            if (p != null) {
                try {
                    p.waitFor();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
        try (Stream<Path> files = Files.walk(base)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // temporary files only
        }
    }
}

package org.govgraph.bench.sparql;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.govgraph.model.store.Store;

/**
 * Virtuoso Open Source 7.2 (Debian's {@code virtuoso-opensource}) as the third SPARQL
 * contender: a server process of its own ({@code virtuoso-t}) on a database in the bench's
 * work folder, loaded through its bulk loader ({@code ld_dir} and {@code rdf_loader_run()},
 * run with {@code isql-vt}) with the serving store's quads as N-Quads, each graph under its
 * own name. Its {@code /sparql} endpoint answers over every graph when a query names none,
 * as govgraph's union default graph does, so the example queries run as written.
 *
 * <p>The loaded database is kept (marked {@code LOADED}) and reused by the next run of the same
 * size, as the serving store is. Not installed (CI does not install it): {@link #installed()}
 * is false and the bench leaves the column empty, saying why.
 */
public final class VirtuosoPeer implements AutoCloseable {
    static final String SERVER = "virtuoso-t";
    static final String ISQL = "isql-vt";
    /** The password of a new Virtuoso database's {@code dba} account. */
    private static final String DBA_PASSWORD = "dba";

    private static final Duration START_LIMIT = Duration.ofMinutes(5);
    private static final Duration LOAD_LIMIT = Duration.ofHours(2);

    private final Process server;
    private final int sqlPort;
    private final int httpPort;
    private final Duration loadTime;

    private VirtuosoPeer(Process server, int sqlPort, int httpPort, Duration loadTime) {
        this.server = server;
        this.sqlPort = sqlPort;
        this.httpPort = httpPort;
        this.loadTime = loadTime;
    }

    /** Whether both Virtuoso programs are on the {@code PATH}. */
    public static boolean installed() {
        return onPath(SERVER).isPresent() && onPath(ISQL).isPresent();
    }

    /** What the bench says when Virtuoso is not there. */
    public static String notInstalledNote() {
        return "Virtuoso was not measured: " + SERVER + " and " + ISQL + " are not on the PATH (install Debian's"
                + " virtuoso-opensource, see bench/README.md).";
    }

    /**
     * Starts Virtuoso on the database in {@code dir}, first loading {@code store}'s quads into it
     * when it does not hold them yet; memory for {@code services} services.
     */
    public static VirtuosoPeer start(Path dir, Store store, long services) throws IOException, InterruptedException {
        boolean loaded = Files.exists(dir.resolve("LOADED"));
        if (!loaded) {
            org.govgraph.bench.support.Workspace.delete(dir);
        }
        Path data = dir.resolve("data");
        Files.createDirectories(data);
        int sqlPort = freePort();
        int httpPort = freePort();
        // Virtuoso's guide: about 85,000 8-KiB buffers per GB given to it; 2 GB up to 100,000
        // services, 8 GB beyond (the machine has 24 GiB, shared with the JVM holding TDB2).
        int buffers = services <= 100_000 ? 170_000 : 680_000;
        Files.writeString(
                dir.resolve("virtuoso.ini"),
                template()
                        .replace("{dir}", dir.toAbsolutePath().toString())
                        .replace("{sqlPort}", Integer.toString(sqlPort))
                        .replace("{httpPort}", Integer.toString(httpPort))
                        .replace("{buffers}", Integer.toString(buffers))
                        .replace("{dirtyBuffers}", Integer.toString(buffers * 3 / 4)));
        Process server = new ProcessBuilder(
                        SERVER, "-f", "-c", dir.resolve("virtuoso.ini").toString())
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("server.out").toFile())
                .start();
        VirtuosoPeer peer = null;
        try {
            awaitOnline(server, httpPort, dir);
            Duration loadTime = Duration.ZERO;
            if (!loaded) {
                Path nquads = data.resolve("store.nq");
                System.out.println("sparql: writing the store's quads for Virtuoso to " + nquads);
                try (OutputStream out = Files.newOutputStream(nquads)) {
                    store.read(() -> {
                        RDFDataMgr.write(out, store.datasetGraph(), Lang.NQUADS);
                        return null;
                    });
                }
                System.out.println("sparql: Virtuoso bulk load (ld_dir, rdf_loader_run)");
                long t0 = System.nanoTime();
                // The third argument is the graph of triples without one: N-Quads carry their own.
                isql(
                        sqlPort,
                        "ld_dir('" + data.toAbsolutePath() + "', '*.nq', 'urn:govgraph:bench:default');"
                                + " rdf_loader_run(); checkpoint;");
                loadTime = Duration.ofNanos(System.nanoTime() - t0);
                String errors =
                        isql(sqlPort, "select ll_file, ll_error from DB.DBA.load_list where ll_error is not null;");
                if (!errors.contains("0 Rows")) {
                    throw new IllegalStateException("Virtuoso's bulk loader reported errors:\n" + errors);
                }
                Files.delete(nquads);
                Files.writeString(dir.resolve("LOADED"), "seconds=" + loadTime.toMillis() / 1000.0 + "\n");
            }
            peer = new VirtuosoPeer(server, sqlPort, httpPort, loadTime);
            return peer;
        } finally {
            if (peer == null) {
                server.destroy();
                server.waitFor(1, TimeUnit.MINUTES);
            }
        }
    }

    /** The SPARQL endpoint, e.g. {@code http://127.0.0.1:PORT/sparql}. */
    public String endpoint() {
        return "http://127.0.0.1:" + httpPort + "/sparql";
    }

    /** How long this run's bulk load took; zero when the database was loaded by an earlier run. */
    public Duration loadTime() {
        return loadTime;
    }

    /** Shuts the server down with a checkpoint (Virtuoso's {@code shutdown}), or stops it. */
    @Override
    public void close() throws IOException, InterruptedException {
        try {
            isql(sqlPort, "shutdown;");
        } catch (IllegalStateException e) {
            // Already going down: the wait below covers it.
        }
        if (!server.waitFor(2, TimeUnit.MINUTES)) {
            server.destroy();
            server.waitFor(1, TimeUnit.MINUTES);
        }
    }

    private static void awaitOnline(Process server, int httpPort, Path dir) throws InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + START_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new IllegalStateException("Virtuoso exited (" + server.exitValue() + "); see "
                        + dir.resolve("server.out") + " and " + dir.resolve("virtuoso.log"));
            }
            try {
                HttpResponse<Void> r = client.send(
                        QueryMix.get("http://127.0.0.1:" + httpPort + "/sparql", "ASK {}"),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // Not listening yet.
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("Virtuoso did not answer within " + START_LIMIT + "; see " + dir);
    }

    /** Runs SQL through {@code isql-vt}; its output, or an exception naming it when it fails. */
    private static String isql(int port, String sql) throws IOException, InterruptedException {
        List<String> command =
                new ArrayList<>(List.of(ISQL, Integer.toString(port), "dba", DBA_PASSWORD, "exec=" + sql));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out;
        try (InputStream in = p.getInputStream()) {
            out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!p.waitFor(LOAD_LIMIT.toMinutes(), TimeUnit.MINUTES)) {
            p.destroy();
            throw new IllegalStateException(ISQL + " did not finish within " + LOAD_LIMIT + ": " + sql);
        }
        if (p.exitValue() != 0 || out.contains("*** Error")) {
            throw new IllegalStateException(ISQL + " failed (exit " + p.exitValue() + ") on " + sql + ":\n" + out);
        }
        return out;
    }

    private static Optional<Path> onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String d : path.split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(d, program);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static String template() {
        try (InputStream in = VirtuosoPeer.class.getClassLoader().getResourceAsStream("virtuoso/virtuoso.ini")) {
            if (in == null) {
                throw new IllegalStateException("Missing resource virtuoso/virtuoso.ini");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

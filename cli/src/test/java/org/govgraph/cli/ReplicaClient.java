package org.govgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.govgraph.ingest.generate.InventoryGenerator;
import picocli.CommandLine;

/** What the replica ITs ask of a primary and its replica: ingests, health, queries and downloads over HTTP. */
final class ReplicaClient {
    static final String TOKEN = "replica-it-token";
    static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final Path dir;
    private final Duration convergence;
    private int inventories;

    /** @param dir where the primary's store ({@code dir/primary}) and the inventories are */
    ReplicaClient(Path dir, Duration convergence) {
        this.dir = dir;
        this.convergence = convergence;
    }

    /** Starts the primary on its store ({@code dir/primary}) at {@code port}, with the admin token and {@code options}. */
    ServerProcess startPrimary(String port, String... options) throws IOException, InterruptedException {
        return ServerProcess.start(dir.resolve("primary"), dir.resolve("primary.log"), serveArguments(port, options));
    }

    /** Starts a replica of {@code primary} on its own store ({@code dir/replica}), asking every {@code poll}. */
    ServerProcess startReplica(ServerProcess primary, String poll, String... options)
            throws IOException, InterruptedException {
        String[] follow = {"--replica-of", primary.url(), "--replica-poll", poll};
        String[] all =
                Stream.concat(Arrays.stream(follow), Arrays.stream(options)).toArray(String[]::new);
        return ServerProcess.start(dir.resolve("replica"), dir.resolve("replica.log"), serveArguments("0", all));
    }

    /** Stops the servers that were started, in order (the replica before its primary). */
    static void stop(ServerProcess... servers) throws InterruptedException {
        for (ServerProcess server : servers) {
            if (server != null) {
                server.close();
            }
        }
    }

    private static String[] serveArguments(String port, String... options) {
        String[] common = {"--port", port, "--admin-token", TOKEN};
        String[] all = Arrays.copyOf(common, common.length + options.length);
        System.arraycopy(options, 0, all, common.length, options.length);
        return all;
    }

    /** Ingests a fresh inventory into the primary's store (through the primary once it runs). */
    int ingestIntoPrimary() throws IOException {
        Path inventory = InventoryGenerator.fromBundled()
                .write(100, ++inventories, dir.resolve("inventory-" + inventories + ".csv"));
        StringWriter err = new StringWriter();
        CommandLine cli = GovgraphCommand.commandLine();
        cli.setOut(new PrintWriter(new StringWriter(), true));
        cli.setErr(new PrintWriter(err, true));
        int status = cli.execute("ingest", "--store", dir.resolve("primary").toString(), "ca-si", inventory.toString());
        assertEquals(0, status, err.toString());
        return status;
    }

    String releaseOf(ServerProcess server) throws IOException, InterruptedException {
        return json(server, "/healthz").get("release").asText();
    }

    /** The replica's problem in {@code /readyz}, {@code ""} for none. */
    String problem(ServerProcess replica) {
        try {
            JsonNode problem = json(replica, "/readyz").get("replica").get("problem");
            return problem == null || problem.isNull() ? "" : problem.asText();
        } catch (IOException | InterruptedException e) {
            return "";
        }
    }

    void awaitReplicaAt(ServerProcess replica, String release) throws InterruptedException {
        await(
                () -> {
                    try {
                        HttpResponse<String> ready = get(replica, "/readyz");
                        return ready.statusCode() == 200
                                && JSON.readTree(ready.body())
                                        .get("release")
                                        .asText()
                                        .equals(release);
                    } catch (IOException | InterruptedException e) {
                        return false;
                    }
                },
                "the replica serves release " + release);
    }

    /**
     * Waits until the store at {@code store} holds one release folder, the one it serves. A retry stages a refused
     * release again, and a switch retires the old folder once its readers are done, so a second folder may come and
     * go; one that stays is a release left behind.
     */
    void awaitOneReleaseFolder(Path store, String what) throws InterruptedException {
        await(
                () -> {
                    try (Stream<Path> folders = Files.list(store.resolve("releases"))) {
                        return folders.count() == 1;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                },
                what);
    }

    void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + convergence.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not within " + convergence.toSeconds() + " s: " + what);
            }
            Thread.sleep(100);
        }
    }

    JsonNode json(ServerProcess server, String path) throws IOException, InterruptedException {
        return JSON.readTree(get(server, path).body());
    }

    /** The {@code results} of a SPARQL SELECT, as JSON text. */
    String sparql(ServerProcess server, String query) throws IOException, InterruptedException {
        HttpResponse<String> r = get(server, "/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body()).get("results").toString();
    }

    byte[] bytes(ServerProcess server, String path) throws IOException, InterruptedException {
        HttpResponse<byte[]> r =
                http.send(HttpRequest.newBuilder(uri(server, path)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode(), path);
        return r.body();
    }

    HttpResponse<String> get(ServerProcess server, String path) throws IOException, InterruptedException {
        return send(server, HttpRequest.newBuilder(uri(server, path)).header("Accept", "application/json"));
    }

    HttpResponse<String> send(ServerProcess server, HttpRequest.Builder request)
            throws IOException, InterruptedException {
        return http.send(
                request.header("Authorization", "Bearer " + TOKEN)
                        .timeout(Duration.ofSeconds(60))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static URI uri(ServerProcess server, String path) {
        return URI.create(server.url() + path.substring(1));
    }
}

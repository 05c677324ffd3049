package org.govgraph.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.govgraph.ingest.generate.InventoryGenerator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A primary started with {@code --offer-bundles} and a replica of it ({@code --replica-of}),
 * each a {@code govgraph serve} process of its own: the replica serves the primary's release
 * (ids, IRIs, downloads byte for byte), follows a new one, refuses a bundle whose file does
 * not match its checksum while serving the release it has (and says so in {@code /readyz}),
 * recovers once the file is right, resumes from its release after a restart, and refuses
 * every write with 403 naming the primary. The tests run in order on one pair of servers.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReplicaIT {
    private static final String TOKEN = "replica-it-token";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration CONVERGENCE = Duration.ofSeconds(180);
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @TempDir
    static Path dir;

    private ServerProcess primary;
    private ServerProcess replica;
    private int inventories;

    @BeforeAll
    void startPrimaryAndReplica() throws Exception {
        assertEquals(0, ingestIntoPrimary(), "the first release, ingested with no server running");
        primary = ServerProcess.start(
                dir.resolve("primary"),
                dir.resolve("primary.log"),
                "--port",
                "0",
                "--admin-token",
                TOKEN,
                "--offer-bundles");
        replica = ServerProcess.start(
                dir.resolve("replica"),
                dir.resolve("replica.log"),
                "--port",
                "0",
                "--admin-token",
                TOKEN,
                "--replica-of",
                primary.url(),
                "--replica-poll",
                "200ms");
    }

    @AfterAll
    void stopServers() throws InterruptedException {
        if (replica != null) {
            replica.close();
        }
        if (primary != null) {
            primary.close();
        }
    }

    @Test
    @Order(1)
    void theReplicaServesThePrimarysReleaseItsIrisAndItsDownloads() throws Exception {
        String release = releaseOf(primary);
        awaitReplicaAt(release);
        String query = "SELECT ?s { GRAPH ?g { ?s a <http://purl.org/vocab/cpsv#PublicService> } } ORDER BY ?s LIMIT 3";
        assertEquals(sparql(primary, query), sparql(replica, query), "the same services under the primary's IRIs");
        JsonNode health = json(replica, "/healthz");
        String source = health.get("store").get("sources").get("ca-si").asText();
        String download = "/download/ca-si/" + source + "/ca-si.ttl.gz";
        assertArrayEquals(bytes(primary, download), bytes(replica, download), "the same download, byte for byte");
        JsonNode ready = json(replica, "/readyz");
        assertTrue(ready.get("ready").asBoolean(), ready.toString());
        assertFalse(ready.get("replica").get("behind").asBoolean(), ready.toString());
        assertEquals(release, ready.get("replica").get("primaryRelease").asText());
    }

    @Test
    @Order(2)
    void theReplicaFollowsANewReleaseOfThePrimary() throws Exception {
        String before = releaseOf(replica);
        assertEquals(0, ingestIntoPrimary(), "an ingest into the running primary");
        String release = releaseOf(primary);
        assertFalse(release.equals(before), "the primary has a new release");
        awaitReplicaAt(release);
        assertEquals(
                release,
                get(replica, "/api/search?q=licence")
                        .headers()
                        .firstValue("X-Govgraph-Release")
                        .orElseThrow());
    }

    @Test
    @Order(3)
    void writesToTheReplicaAre403NamingThePrimary() throws Exception {
        HttpResponse<String> update = send(
                replica,
                HttpRequest.newBuilder(uri(replica, "/sparql"))
                        .header("Content-Type", "application/sparql-update")
                        .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { GRAPH <http://example.org/g> {"
                                + " <http://example.org/s> <http://example.org/p> 1 } }")));
        HttpResponse<String> put = send(
                replica,
                HttpRequest.newBuilder(uri(
                                replica,
                                "/data?graph=" + URLEncoder.encode("http://example.org/g", StandardCharsets.UTF_8)))
                        .header("Content-Type", "text/turtle")
                        .PUT(HttpRequest.BodyPublishers.ofString("<http://example.org/s> <http://example.org/p> 1 .")));
        HttpResponse<String> ingest = send(
                replica,
                HttpRequest.newBuilder(uri(replica, "/admin/ingest/ca-si?name=x.csv"))
                        .header("Content-Type", "text/csv")
                        .POST(HttpRequest.BodyPublishers.ofString("a,b\n1,2\n")));
        HttpResponse<String> prune = send(
                replica,
                HttpRequest.newBuilder(uri(replica, "/admin/prune?keep=1")).POST(HttpRequest.BodyPublishers.noBody()));
        for (HttpResponse<String> refused : new HttpResponse[] {update, put, ingest, prune}) {
            assertEquals(403, refused.statusCode(), refused.uri() + ": " + refused.body());
            assertTrue(
                    refused.body().contains("read-only replica of " + primary.url()),
                    refused.uri() + ": " + refused.body());
        }
        HttpResponse<String> query =
                get(replica, "/sparql?query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8));
        assertEquals(200, query.statusCode(), "reads stay open");
    }

    @Test
    @Order(4)
    void aTamperedBundleIsRefusedWhileTheReplicaServesItsReleaseAndFollowsOnceTheFileIsRight() throws Exception {
        String held = releaseOf(replica);
        replica.stop();
        assertEquals(0, ingestIntoPrimary(), "a new release while the replica is down");
        String release = releaseOf(primary);
        Path bundle = dir.resolve("primary/bundles").resolve(release);
        await(() -> Files.isRegularFile(bundle.resolve("SHA256SUMS")), "the primary writes the bundle of " + release);
        Path victim;
        try (Stream<Path> files = Files.walk(bundle.resolve("downloads"))) {
            victim = files.filter(f -> f.getFileName().toString().endsWith(".ttl.gz"))
                    .findFirst()
                    .orElseThrow();
        }
        byte[] original = Files.readAllBytes(victim);
        byte[] tampered = original.clone();
        tampered[tampered.length / 2] ^= 0x55;
        Files.write(victim, tampered);

        replica.start();
        // Restarted, it serves the release it holds, not an empty store.
        assertEquals(held, releaseOf(replica), "after a restart the replica resumes from its release");
        await(() -> problem(replica).contains("SHA-256"), "the replica refuses the changed file");
        HttpResponse<String> ready = get(replica, "/readyz");
        assertEquals(503, ready.statusCode(), ready.body());
        JsonNode status = JSON.readTree(ready.body());
        assertTrue(status.get("replica").get("behind").asBoolean(), ready.body());
        assertEquals(release, status.get("replica").get("primaryRelease").asText());
        assertTrue(
                status.get("replica")
                        .get("problem")
                        .asText()
                        .contains(bundle.relativize(victim).toString()),
                ready.body());
        assertEquals(
                held,
                get(replica, "/api/search?q=licence")
                        .headers()
                        .firstValue("X-Govgraph-Release")
                        .orElseThrow(),
                "still serving the release it has");
        assertTrue(Files.readString(replica.log()).contains("SHA-256"), "the refusal is logged");

        Files.write(victim, original);
        awaitReplicaAt(release);
        assertEquals(200, get(replica, "/readyz").statusCode());
        try (Stream<Path> staged = Files.list(dir.resolve("replica/releases"))) {
            assertEquals(1, staged.count(), "nothing of the refused downloads is left beside the served release");
        }
    }

    private String problem(ServerProcess server) {
        try {
            JsonNode problem = json(server, "/readyz").get("replica").get("problem");
            return problem == null || problem.isNull() ? "" : problem.asText();
        } catch (IOException | InterruptedException e) {
            return "";
        }
    }

    private void awaitReplicaAt(String release) throws InterruptedException {
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

    private void await(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + CONVERGENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not within " + CONVERGENCE.toSeconds() + " s: " + what);
            }
            Thread.sleep(100);
        }
    }

    /** Ingests a fresh inventory into the primary's store (through the primary once it runs). */
    private int ingestIntoPrimary() throws IOException {
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

    private String releaseOf(ServerProcess server) throws IOException, InterruptedException {
        return json(server, "/healthz").get("release").asText();
    }

    private JsonNode json(ServerProcess server, String path) throws IOException, InterruptedException {
        return JSON.readTree(get(server, path).body());
    }

    private String sparql(ServerProcess server, String query) throws IOException, InterruptedException {
        HttpResponse<String> r = get(server, "/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body()).get("results").toString();
    }

    private byte[] bytes(ServerProcess server, String path) throws IOException, InterruptedException {
        HttpResponse<byte[]> r =
                http.send(HttpRequest.newBuilder(uri(server, path)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode(), path);
        return r.body();
    }

    private HttpResponse<String> get(ServerProcess server, String path) throws IOException, InterruptedException {
        return send(server, HttpRequest.newBuilder(uri(server, path)).header("Accept", "application/json"));
    }

    private HttpResponse<String> send(ServerProcess server, HttpRequest.Builder request)
            throws IOException, InterruptedException {
        return http.send(
                request.header("Authorization", "Bearer " + TOKEN)
                        .timeout(Duration.ofSeconds(60))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(ServerProcess server, String path) {
        return URI.create(server.url() + path.substring(1));
    }
}

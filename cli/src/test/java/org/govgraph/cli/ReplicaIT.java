package org.govgraph.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

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
    private static final ObjectMapper JSON = ReplicaClient.JSON;
    private static final Duration CONVERGENCE = Duration.ofSeconds(180);

    @TempDir
    static Path dir;

    private ReplicaClient client;
    private ServerProcess primary;
    private ServerProcess replica;

    @BeforeAll
    void startPrimaryAndReplica() throws Exception {
        client = new ReplicaClient(dir, CONVERGENCE);
        assertEquals(0, client.ingestIntoPrimary(), "the first release, ingested with no server running");
        primary = client.startPrimary("0", "--offer-bundles");
        replica = client.startReplica(primary, "200ms");
    }

    @AfterAll
    void stopServers() throws InterruptedException {
        ReplicaClient.stop(replica, primary);
    }

    @Test
    @Order(1)
    void theReplicaServesThePrimarysReleaseItsIrisAndItsDownloads() throws Exception {
        String release = client.releaseOf(primary);
        client.awaitReplicaAt(replica, release);
        String query = "SELECT ?s { GRAPH ?g { ?s a <http://purl.org/vocab/cpsv#PublicService> } } ORDER BY ?s LIMIT 3";
        assertEquals(
                client.sparql(primary, query),
                client.sparql(replica, query),
                "the same services under the primary's IRIs");
        JsonNode health = client.json(replica, "/healthz");
        String source = health.get("store").get("sources").get("ca-si").asText();
        String download = "/download/ca-si/" + source + "/ca-si.ttl.gz";
        assertArrayEquals(
                client.bytes(primary, download), client.bytes(replica, download), "the same download, byte for byte");
        JsonNode ready = client.json(replica, "/readyz");
        assertTrue(ready.get("ready").asBoolean(), ready.toString());
        assertFalse(ready.get("replica").get("behind").asBoolean(), ready.toString());
        assertEquals(release, ready.get("replica").get("primaryRelease").asText());
    }

    @Test
    @Order(2)
    void theReplicaFollowsANewReleaseOfThePrimary() throws Exception {
        String before = client.releaseOf(replica);
        assertEquals(0, client.ingestIntoPrimary(), "an ingest into the running primary");
        String release = client.releaseOf(primary);
        assertFalse(release.equals(before), "the primary has a new release");
        client.awaitReplicaAt(replica, release);
        assertEquals(
                release,
                client.get(replica, "/api/search?q=licence")
                        .headers()
                        .firstValue("X-Govgraph-Release")
                        .orElseThrow());
    }

    @Test
    @Order(3)
    void writesToTheReplicaAre403NamingThePrimary() throws Exception {
        HttpResponse<String> update = client.send(
                replica,
                HttpRequest.newBuilder(ReplicaClient.uri(replica, "/sparql"))
                        .header("Content-Type", "application/sparql-update")
                        .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { GRAPH <http://example.org/g> {"
                                + " <http://example.org/s> <http://example.org/p> 1 } }")));
        HttpResponse<String> put = client.send(
                replica,
                HttpRequest.newBuilder(ReplicaClient.uri(
                                replica,
                                "/data?graph=" + URLEncoder.encode("http://example.org/g", StandardCharsets.UTF_8)))
                        .header("Content-Type", "text/turtle")
                        .PUT(HttpRequest.BodyPublishers.ofString("<http://example.org/s> <http://example.org/p> 1 .")));
        HttpResponse<String> ingest = client.send(
                replica,
                HttpRequest.newBuilder(ReplicaClient.uri(replica, "/admin/ingest/ca-si?name=x.csv"))
                        .header("Content-Type", "text/csv")
                        .POST(HttpRequest.BodyPublishers.ofString("a,b\n1,2\n")));
        HttpResponse<String> prune = client.send(
                replica,
                HttpRequest.newBuilder(ReplicaClient.uri(replica, "/admin/prune?keep=1"))
                        .POST(HttpRequest.BodyPublishers.noBody()));
        for (HttpResponse<String> refused : new HttpResponse[] {update, put, ingest, prune}) {
            assertEquals(403, refused.statusCode(), refused.uri() + ": " + refused.body());
            assertTrue(
                    refused.body().contains("read-only replica of " + primary.url()),
                    refused.uri() + ": " + refused.body());
        }
        HttpResponse<String> query =
                client.get(replica, "/sparql?query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8));
        assertEquals(200, query.statusCode(), "reads stay open");
    }

    @Test
    @Order(4)
    void aTamperedBundleIsRefusedWhileTheReplicaServesItsReleaseAndFollowsOnceTheFileIsRight() throws Exception {
        String held = client.releaseOf(replica);
        replica.stop();
        assertEquals(0, client.ingestIntoPrimary(), "a new release while the replica is down");
        String release = client.releaseOf(primary);
        Path bundle = dir.resolve("primary/bundles").resolve(release);
        client.await(
                () -> Files.isRegularFile(bundle.resolve("SHA256SUMS")), "the primary writes the bundle of " + release);
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
        assertEquals(held, client.releaseOf(replica), "after a restart the replica resumes from its release");
        client.await(() -> client.problem(replica).contains("SHA-256"), "the replica refuses the changed file");
        HttpResponse<String> ready = client.get(replica, "/readyz");
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
                client.get(replica, "/api/search?q=licence")
                        .headers()
                        .firstValue("X-Govgraph-Release")
                        .orElseThrow(),
                "still serving the release it has");
        assertTrue(Files.readString(replica.log()).contains("SHA-256"), "the refusal is logged");

        Files.write(victim, original);
        client.awaitReplicaAt(replica, release);
        assertEquals(200, client.get(replica, "/readyz").statusCode());
        client.awaitOneReleaseFolder(
                dir.resolve("replica"), "nothing of the refused downloads is left beside the served release");
    }
}

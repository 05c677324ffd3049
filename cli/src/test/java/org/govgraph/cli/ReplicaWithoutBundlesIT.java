package org.govgraph.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * A primary that offers no bundles (no {@code --offer-bundles}) and a replica of it: the
 * replica rebuilds each release from the primary's published N-Triples dumps and its graphs
 * dump, and then answers SPARQL, search, downloads and the catalog as the primary does; a
 * published file changed on the primary is refused while the replica serves the release it
 * has. The tests run in order on one pair of servers.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReplicaWithoutBundlesIT {
    private static final Duration CONVERGENCE = Duration.ofSeconds(180);
    /** Every graph's size: the replica's store holds what the primary's does, graph by graph. */
    private static final String GRAPH_SIZES =
            "SELECT ?g (COUNT(*) AS ?triples) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g";

    @TempDir
    static Path dir;

    private ReplicaClient client;
    private ServerProcess primary;
    private ServerProcess replica;

    @BeforeAll
    void startPrimaryAndReplica() throws Exception {
        client = new ReplicaClient(dir, CONVERGENCE);
        client.ingestIntoPrimary();
        primary = client.startPrimary("0");
        replica = client.startReplica(primary, "200ms");
    }

    @AfterAll
    void stopServers() throws InterruptedException {
        ReplicaClient.stop(replica, primary);
    }

    @Test
    @Order(1)
    void theReplicaRebuildsThePrimarysReleaseAndAnswersAsItDoes() throws Exception {
        String release = client.releaseOf(primary);
        client.awaitReplicaAt(replica, release);
        assertSameAnswers();
        assertTrue(
                Files.readString(replica.log()).contains("rebuilt from the published N-Triples"),
                "the replica says how it followed, and how long it took");
    }

    @Test
    @Order(2)
    void theReplicaFollowsANewReleaseKeepingTheDownloadsItHas() throws Exception {
        client.ingestIntoPrimary();
        String release = client.releaseOf(primary);
        client.awaitReplicaAt(replica, release);
        assertSameAnswers();
    }

    @Test
    @Order(3)
    void aChangedDumpIsRefusedWhileTheReplicaServesItsReleaseAndFollowsOnceTheFileIsRight() throws Exception {
        String held = client.releaseOf(replica);
        replica.stop();
        client.ingestIntoPrimary();
        String release = client.releaseOf(primary);
        Path victim = ntriplesDump(dir.resolve("primary"), release);
        byte[] original = Files.readAllBytes(victim);
        byte[] tampered = original.clone();
        tampered[tampered.length / 2] ^= 0x55;
        Files.write(victim, tampered);

        replica.start();
        assertEquals(held, client.releaseOf(replica), "after a restart the replica resumes from its release");
        client.await(() -> client.problem(replica).contains("SHA-256"), "the replica refuses the changed file");
        HttpResponse<String> ready = client.get(replica, "/readyz");
        assertEquals(503, ready.statusCode(), ready.body());
        JsonNode status = ReplicaClient.JSON.readTree(ready.body());
        assertTrue(status.get("replica").get("behind").asBoolean(), ready.body());
        assertTrue(
                status.get("replica")
                        .get("problem")
                        .asText()
                        .contains(victim.getFileName().toString()),
                ready.body());
        assertEquals(
                held,
                client.get(replica, "/api/search?q=licence")
                        .headers()
                        .firstValue("X-Govgraph-Release")
                        .orElseThrow(),
                "still serving the release it has");
        assertTrue(Files.readString(replica.log()).contains("SHA-256"), "the refusal is logged");
        // A retry stages the release again while the refusal is reported, so a second folder may come and go; one
        // that stays is a refused release left behind.
        client.awaitOneReleaseFolder(
                dir.resolve("replica"), "nothing of the refused release is left beside the served one");

        Files.write(victim, original);
        client.awaitReplicaAt(replica, release);
        assertSameAnswers();
    }

    /** The N-Triples dump of the source the ITs ingest, in the release folder made last. */
    private static Path ntriplesDump(Path store, String platformRelease) throws Exception {
        try (Stream<Path> folders = Files.list(store.resolve("downloads/ca-si"))) {
            Path newest = folders.sorted().reduce((a, b) -> b).orElseThrow();
            assertEquals(platformRelease, newest.getFileName().toString(), "an ingest's release is the platform's");
            return newest.resolve("ca-si.nt.gz");
        }
    }

    /** The replica's SPARQL, search, download and catalog answers are the primary's. */
    private void assertSameAnswers() throws Exception {
        assertEquals(
                client.sparql(primary, GRAPH_SIZES),
                client.sparql(replica, GRAPH_SIZES),
                "the same graphs, each as large");
        String services = "SELECT ?s ?title { GRAPH ?g { ?s a <http://purl.org/vocab/cpsv#PublicService> ;"
                + " <http://purl.org/dc/terms/title> ?title } } ORDER BY ?s ?title LIMIT 20";
        assertEquals(client.sparql(primary, services), client.sparql(replica, services), "the same services and IRIs");
        JsonNode primarySearch = client.json(primary, "/api/search?q=licence");
        JsonNode replicaSearch = client.json(replica, "/api/search?q=licence");
        assertTrue(primarySearch.get("total").asLong() > 0, primarySearch.toString());
        assertEquals(primarySearch.get("total"), replicaSearch.get("total"), "the same number of hits");
        assertEquals(primarySearch.get("facets"), replicaSearch.get("facets"), "the same facet counts");
        // Hits of equal score come in the index's order, which follows each store's own node ids.
        assertEquals(ranked(primarySearch), ranked(replicaSearch), "the same hits, with the same scores and snippets");
        String source = client.json(replica, "/healthz")
                .get("store")
                .get("sources")
                .get("ca-si")
                .asText();
        for (String file : new String[] {"ca-si.nt.gz", "ca-si.ttl.gz", "ca-si.jsonld"}) {
            String download = "/download/ca-si/" + source + "/" + file;
            assertArrayEquals(client.bytes(primary, download), client.bytes(replica, download), download);
        }
        assertTrue(catalog(primary).isIsomorphicWith(catalog(replica)), "the same catalog, checksums and all");
    }

    private static List<String> ranked(JsonNode search) {
        List<JsonNode> hits = new ArrayList<>();
        search.get("results").forEach(hits::add);
        return hits.stream()
                .sorted(Comparator.comparing((JsonNode h) -> -h.get("score").asDouble())
                        .thenComparing(h -> h.get("iri").asText()))
                .map(JsonNode::toString)
                .toList();
    }

    private Graph catalog(ServerProcess server) throws Exception {
        HttpResponse<String> r = client.send(
                server,
                HttpRequest.newBuilder(ReplicaClient.uri(server, "/catalog"))
                        .header("Accept", "application/n-triples"));
        assertEquals(200, r.statusCode(), r.body());
        return RDFParser.fromString(r.body(), Lang.NTRIPLES).toGraph();
    }
}

package org.govgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.io.Writer;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.govgraph.ingest.generate.InventoryGenerator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A new release published to a running platform with the plain {@code govgraph ingest
 * --store DIR} command, while a probe keeps asking: the server (its own process) takes the
 * ingest, every probe answer is 200 and names one release, and within one release SPARQL and
 * search agree about the changed title; right after the command returns, the new title is
 * searchable and {@code /healthz} and the catalog are at the new release.
 */
class LiveIngestIT {
    private static final String TOKEN = "live-ingest-token";
    private static final String NEW_TITLE_WORD = "Zyxwvutsrq";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @TempDir
    Path dir;

    private Process server;
    private String url;

    @BeforeEach
    void startServer() throws Exception {
        Path first = InventoryGenerator.fromBundled().write(200, 1, dir.resolve("first.csv"));
        assertEquals(0, ingest(first).status, "the first release, ingested with no server running");
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        server = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx768m",
                        "-cp",
                        classPath,
                        GovgraphCommand.class.getName(),
                        "serve",
                        "--store",
                        dir.resolve("store").toString(),
                        "--port",
                        "0",
                        "--admin-token",
                        TOKEN)
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("server.log").toFile())
                .start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (ServerAnnouncement.read(dir.resolve("store")).isEmpty()) {
            assertTrue(
                    System.nanoTime() < deadline && server.isAlive(),
                    "the server did not announce itself: " + Files.readString(dir.resolve("server.log")));
            Thread.sleep(100);
        }
        url = ServerAnnouncement.read(dir.resolve("store")).orElseThrow().url();
    }

    @AfterEach
    void stopServer() throws InterruptedException {
        if (server != null) {
            server.destroy();
            server.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void anIngestIntoARunningServerIsServedWholeAndReadersNeverWaitOrMix() throws Exception {
        String before = health().get("release").asText();
        Path changed = withFirstTitle(
                InventoryGenerator.fromBundled().write(200, 1, dir.resolve("second.csv")), NEW_TITLE_WORD + " permits");
        ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
        Map<String, List<String>> seenByRelease = new TreeMap<>();
        AtomicBoolean probing = new AtomicBoolean(true);
        int[] probes = {0};
        Thread probe = new Thread(() -> {
            while (probing.get()) {
                try {
                    Observation o = observe();
                    probes[0]++;
                    synchronized (seenByRelease) {
                        seenByRelease
                                .computeIfAbsent(o.release, k -> new ArrayList<>())
                                .add(o.sparql + "/" + o.search);
                    }
                    if (o.status != 200) {
                        problems.add("status " + o.status + " at release " + o.release);
                    }
                    if (o.sparql != o.search) {
                        problems.add("release " + o.release + ": SPARQL " + o.sparql + " but search " + o.search);
                    }
                    Thread.sleep(100);
                } catch (Exception e) {
                    problems.add(e.toString());
                }
            }
        });
        probe.start();
        Thread.sleep(500);
        Run run = ingest(changed);
        // Right after the command returns, everything is at the new release.
        Observation after = observe();
        probing.set(false);
        probe.join();

        assertEquals(0, run.status, run.err);
        assertTrue(run.out.contains("ca-si: release "), run.out);
        String release = run.out.replaceAll("(?s).*ca-si: release (\\S+),.*", "$1");
        assertTrue(problems.isEmpty(), problems + " in " + probes[0] + " probes");
        assertTrue(probes[0] > 3, "probes: " + probes[0]);
        assertTrue(after.search && after.sparql, "the new title is found right after the command");
        assertEquals(release, after.release);
        assertEquals(release, health().get("release").asText());
        assertTrue(get("/catalog", "text/turtle").body().contains(release), "the catalog lists the new release");
        assertTrue(
                seenByRelease.containsKey(before),
                "the probe was answered from the previous release during the ingest");
        JsonNode ready = JSON.readTree(get("/readyz", "application/json").body());
        assertTrue(ready.get("ready").asBoolean(), ready.toString());
    }

    @Test
    void aSparqlUpdateWithTheTokenIsAReleaseThatSearchFollows() throws Exception {
        String service =
                sparqlValue("SELECT ?s { GRAPH ?g { ?s a <http://purl.org/vocab/cpsv#PublicService> } } LIMIT 1");
        String update = "PREFIX dct: <http://purl.org/dc/terms/>\n"
                + "DELETE { GRAPH ?g { <" + service + "> dct:title ?t } } INSERT { GRAPH ?g { <" + service
                + "> dct:title \"" + NEW_TITLE_WORD + " licences\"@en } } WHERE { GRAPH ?g { <" + service
                + "> dct:title ?t } }";
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(URI.create(url + "sparql"))
                        .header("Content-Type", "application/sparql-update")
                        .header("Authorization", "Bearer " + TOKEN)
                        .POST(HttpRequest.BodyPublishers.ofString(update))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode() / 100 * 100, r.body());
        String release = r.headers().firstValue("X-Govgraph-Release").orElseThrow();
        Observation o = observe();
        assertTrue(o.search && o.sparql, "search follows the update at once");
        assertEquals(release, o.release);
        String provenance = sparqlValue(
                "PREFIX prov: <http://www.w3.org/ns/prov#> SELECT ?v { ?r <https://w3id.org/govgraph/ns#releaseId> \""
                        + release
                        + "\" ; prov:wasGeneratedBy/prov:used/<http://www.w3.org/1999/02/22-rdf-syntax-ns#value> ?v }");
        assertEquals(update, provenance, "the release records the update's text");
    }

    @Test
    void aGraphStorePutWithTheTokenIsAReleaseToo() throws Exception {
        String graph = "http://localhost:8080/graph/source/curation";
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(
                                URI.create(url + "data?graph=" + URLEncoder.encode(graph, StandardCharsets.UTF_8)))
                        .header("Content-Type", "text/turtle")
                        .header("Authorization", "Bearer " + TOKEN)
                        .PUT(HttpRequest.BodyPublishers.ofString(
                                "<http://example.org/note> <http://purl.org/dc/terms/title> \"" + NEW_TITLE_WORD
                                        + " note\"@en ."))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode() / 100 * 100, r.body());
        String release = r.headers().firstValue("X-Govgraph-Release").orElseThrow();
        assertEquals(
                release, health().get("store").get("sources").get("curation").asText());
        assertTrue(get("/catalog", "text/turtle").body().contains("curation/" + release)
                || get("/catalog", "text/turtle").body().contains(release));
    }

    @Test
    void pruningAServedStoreWithdrawsTheOldDownloadsThroughTheServer() throws Exception {
        String first = health().get("store").get("sources").get("ca-si").asText();
        String download = "/download/ca-si/" + first + "/ca-si.ttl.gz";
        assertEquals(200, get(download, "text/turtle").statusCode());
        Run second = ingest(withFirstTitle(
                InventoryGenerator.fromBundled().write(200, 1, dir.resolve("second.csv")),
                NEW_TITLE_WORD + " permits"));
        assertEquals(0, second.status, second.err);

        Run dryRun = govgraph("prune", "--store", dir.resolve("store").toString(), "--keep", "1", "--dry-run");
        assertEquals(0, dryRun.status, dryRun.err);
        assertTrue(dryRun.out.contains("ca-si release " + first + ": downloads would be withdrawn"), dryRun.out);
        assertEquals(200, get(download, "text/turtle").statusCode(), "a dry run changes nothing");

        Run prune = govgraph("prune", "--store", dir.resolve("store").toString(), "--keep", "1");
        assertEquals(0, prune.status, prune.err);
        assertTrue(prune.out.contains("ca-si release " + first + ": downloads withdrawn"), prune.out);
        assertTrue(prune.out.contains("1 releases withdrawn"), prune.out);
        assertEquals(404, get(download, "text/turtle").statusCode(), "the withdrawn file is gone");
        assertFalse(Files.exists(dir.resolve("store/downloads/ca-si").resolve(first)));
        String catalog = get("/catalog", "text/turtle").body();
        assertTrue(catalog.contains(first), "the catalog keeps the withdrawn release's record");
        assertTrue(catalog.contains("distribution-status/WITHDRAWN"), "and says its downloads were withdrawn");
        assertEquals(
                200,
                get(
                                "/download/ca-si/" + second.out.replaceAll("(?s).*ca-si: release (\\S+),.*", "$1")
                                        + "/ca-si.ttl.gz",
                                "text/turtle")
                        .statusCode(),
                "the latest release stays downloadable");
    }

    @Test
    void aCommandThatCannotOpenTheServedStoreSaysWhyInOneLine() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = GovgraphCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int status = cli.execute("query", "--store", dir.resolve("store").toString(), "ASK {}");
        assertEquals(2, status, err.toString());
        assertTrue(
                err.toString()
                        .startsWith(
                                "The store " + dir.resolve("store") + " is served by the govgraph server at " + url),
                err.toString());
        assertEquals(1, err.toString().strip().lines().count(), "one line, no stack trace: " + err);
    }

    /** What one probe saw: the release, whether SPARQL and search know the new title, the worst status. */
    private record Observation(String release, boolean sparql, boolean search, int status) {}

    private Observation observe() throws IOException, InterruptedException {
        HttpResponse<String> search = get("/api/search?q=" + NEW_TITLE_WORD, "application/json");
        String release = search.headers().firstValue("X-Govgraph-Release").orElse("?");
        HttpResponse<String> page = get("/", "text/html");
        // The same release must answer SPARQL: ask it with the release it names.
        HttpResponse<String> sparql = get(
                "/sparql?query="
                        + URLEncoder.encode(
                                "ASK { GRAPH ?g { ?s ?p ?t " + "FILTER(isLiteral(?t) && CONTAINS(STR(?t), \""
                                        + NEW_TITLE_WORD + "\")) } }",
                                StandardCharsets.UTF_8),
                "application/sparql-results+json");
        int status = Math.max(search.statusCode(), Math.max(page.statusCode(), sparql.statusCode()));
        String sparqlRelease = sparql.headers().firstValue("X-Govgraph-Release").orElse("?");
        boolean inSearch =
                status == 200 && JSON.readTree(search.body()).get("total").asLong() > 0;
        boolean inSparql =
                status == 200 && JSON.readTree(sparql.body()).get("boolean").asBoolean();
        if (!sparqlRelease.equals(release)) {
            // Two requests, two moments: only compare what one release answered.
            return observe();
        }
        return new Observation(release, inSparql, inSearch, status);
    }

    private JsonNode health() throws IOException, InterruptedException {
        return JSON.readTree(get("/healthz", "application/json").body());
    }

    private String sparqlValue(String query) throws IOException, InterruptedException {
        JsonNode r = JSON.readTree(get(
                        "/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8),
                        "application/sparql-results+json")
                .body());
        JsonNode row = r.get("results").get("bindings").get(0);
        return row.elements().next().get("value").asText();
    }

    private HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(url + path.substring(1)))
                        .header("Accept", accept)
                        .timeout(Duration.ofSeconds(60))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private record Run(int status, String out, String err) {}

    private Run ingest(Path inventory) {
        return govgraph("ingest", "--store", dir.resolve("store").toString(), "ca-si", inventory.toString());
    }

    private static Run govgraph(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = GovgraphCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int status = cli.execute(args);
        return new Run(status, out.toString(), err.toString());
    }

    /** The inventory with its first service renamed. */
    private static Path withFirstTitle(Path inventory, String title) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(false)
                .build();
        List<List<String>> rows = new ArrayList<>();
        List<String> header;
        try (Reader in = Files.newBufferedReader(inventory, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.parse(
                        in,
                        CSVFormat.DEFAULT
                                .builder()
                                .setHeader()
                                .setSkipHeaderRecord(true)
                                .build())) {
            header = parser.getHeaderNames();
            for (CSVRecord record : parser) {
                rows.add(new ArrayList<>(record.toList()));
            }
        }
        int column = header.indexOf("service_name_en");
        rows.get(0).set(column, title);
        Path out = inventory.resolveSibling("renamed-" + inventory.getFileName());
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(
                        w,
                        format.builder()
                                .setHeader(header.toArray(String[]::new))
                                .build())) {
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        }
        return out;
    }
}

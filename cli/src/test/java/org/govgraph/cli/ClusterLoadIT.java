package org.govgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.govgraph.ingest.generate.InventoryGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * One primary, two replicas and HAProxy with the shipped {@code deploy/haproxy.cfg}, all
 * processes of their own on loopback, under 16 clients (searches, SPARQL queries, entity
 * pages) through HAProxy for 60 s (longer if the new release is not on every node by then,
 * so that every switch happens under load): at 15 s one replica is killed with {@code kill -9}, at 25 s
 * it is started again, at 35 s a new release is ingested on the primary. Expected: no failed
 * request but those in flight on the killed node when it died (HAProxy retries idempotent
 * GETs elsewhere), every node at the new release within {@link #CONVERGENCE} of the primary's
 * commit, every answer naming exactly one release, and no node going back to the old release
 * once it has answered from the new one. Run by the Maven profile {@code cluster}
 * ({@code mvn -Pcluster -pl cli -am verify}); it needs {@code /usr/sbin/haproxy}.
 */
class ClusterLoadIT {
    private static final String TOKEN = "cluster-load-token";
    private static final String HAPROXY = "/usr/sbin/haproxy";
    private static final int CLIENTS = 16;
    private static final Duration LOAD = Duration.ofSeconds(60);
    private static final Duration KILL_AT = Duration.ofSeconds(15);
    private static final Duration RESTART_AT = Duration.ofSeconds(25);
    private static final Duration INGEST_AT = Duration.ofSeconds(35);
    /** The stated time: every node serves a new release within it of the primary's commit, under this load. */
    private static final Duration CONVERGENCE = Duration.ofSeconds(90);
    /** Load kept up after every node has the new release, so that each is asked at it. */
    private static final Duration AFTER_CONVERGENCE = Duration.ofSeconds(15);
    /** Failures this long after the kill are requests that were in flight on the killed node. */
    private static final Duration IN_FLIGHT = Duration.ofSeconds(5);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> WORDS = List.of(
            "licence",
            "permit",
            "tax",
            "benefit",
            "passport",
            "grant",
            "business",
            "health",
            "transport",
            "registration");

    @TempDir
    Path dir;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** One answer (or failure) through HAProxy, sent at {@code sentMillis} and complete at {@code atMillis}. */
    private record Answer(
            long sentMillis, long atMillis, int status, String node, List<String> releases, String failure) {
        boolean failed() {
            return failure != null || status != 200;
        }
    }

    @Test
    void aReplicaKilledAndANewReleaseUnderLoadLoseNoRequestAndMixNoReleases() throws Exception {
        assertTrue(Files.isExecutable(Path.of(HAPROXY)), "HAProxy is needed: apt-get install haproxy");
        Path config = Path.of(System.getProperty("user.dir"))
                .resolve("../deploy/haproxy.cfg")
                .normalize();
        assertTrue(Files.isRegularFile(config), config.toString());
        ingest(1);
        int primaryPort = freePort();
        int replica1Port = freePort();
        int replica2Port = freePort();
        int haproxyPort = freePort();
        int statsPort = freePort();
        try (ServerProcess primary = ServerProcess.start(
                        dir.resolve("primary"),
                        dir.resolve("primary.log"),
                        "--port",
                        String.valueOf(primaryPort),
                        "--admin-token",
                        TOKEN,
                        "--offer-bundles");
                ServerProcess replica1 = ServerProcess.start(
                        dir.resolve("replica1"),
                        dir.resolve("replica1.log"),
                        "--port",
                        String.valueOf(replica1Port),
                        "--replica-of",
                        primary.url(),
                        "--replica-poll",
                        "1s");
                ServerProcess replica2 = ServerProcess.start(
                        dir.resolve("replica2"),
                        dir.resolve("replica2.log"),
                        "--port",
                        String.valueOf(replica2Port),
                        "--replica-of",
                        primary.url(),
                        "--replica-poll",
                        "1s")) {
            String first = release(primary.url());
            awaitRelease(List.of(replica1.url(), replica2.url()), first, Duration.ofSeconds(180));
            ProcessBuilder haproxyCommand = new ProcessBuilder(HAPROXY, "-db", "-f", config.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(dir.resolve("haproxy.log").toFile());
            haproxyCommand
                    .environment()
                    .putAll(Map.of(
                            "GOVGRAPH_PORT",
                            String.valueOf(haproxyPort),
                            "PRIMARY_PORT",
                            String.valueOf(primaryPort),
                            "REPLICA1_PORT",
                            String.valueOf(replica1Port),
                            "REPLICA2_PORT",
                            String.valueOf(replica2Port),
                            "HAPROXY_STATS_PORT",
                            String.valueOf(statsPort)));
            Process haproxy = haproxyCommand.start();
            try {
                String front = "http://127.0.0.1:" + haproxyPort + "/";
                awaitAllNodesUp(front, haproxy);
                List<String> entities = entityPaths(primary.url());
                run(front, entities, primary, replica1, replica2, first);
            } finally {
                haproxy.destroy();
                haproxy.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    private void run(
            String front,
            List<String> entities,
            ServerProcess primary,
            ServerProcess replica1,
            ServerProcess replica2,
            String first)
            throws Exception {
        ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
        long start = System.nanoTime();
        // At least LOAD, and on until AFTER_CONVERGENCE past the moment every node has the new release (set
        // below), so that the switch happens under load even when the ingest finishes after LOAD.
        AtomicLong end = new AtomicLong(Long.MAX_VALUE);
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            Thread t = new Thread(
                    () -> {
                        for (int i = client; System.nanoTime() < end.get(); i++) {
                            answers.add(ask(front, request(i, entities), start));
                        }
                    },
                    "client-" + c);
            t.setDaemon(true); // a failed step must not leave the JVM running them
            t.start();
            clients.add(t);
        }
        sleepUntil(start, KILL_AT);
        long killedAt = millisSince(start);
        replica1.kill();
        sleepUntil(start, RESTART_AT);
        // Started aside: it takes a while to come up under load, and the ingest is due meanwhile.
        Thread restart = new Thread(
                () -> {
                    try {
                        replica1.start();
                    } catch (IOException | InterruptedException e) {
                        throw new IllegalStateException("replica1 did not start again", e);
                    }
                },
                "restart-replica1");
        restart.start();
        Map<String, Long> convergedAt = new ConcurrentHashMap<>();
        List<ServerProcess> nodes = List.of(primary, replica1, replica2);
        long committedAt;
        String second;
        try {
            sleepUntil(start, INGEST_AT);
            ingest(2);
            committedAt = millisSince(start);
            second = release(primary.url());
            long deadline = System.nanoTime() + CONVERGENCE.toNanos();
            while (convergedAt.size() < nodes.size() && System.nanoTime() < deadline) {
                for (ServerProcess node : nodes) {
                    if (!convergedAt.containsKey(node.url()) && second.equals(releaseOrNull(node.url()))) {
                        convergedAt.put(node.url(), millisSince(start));
                    }
                }
                Thread.sleep(100);
            }
        } finally {
            // The clients stop AFTER_CONVERGENCE from now (and not before LOAD), also when the ingest failed.
            end.set(Math.max(start + LOAD.toNanos(), System.nanoTime() + AFTER_CONVERGENCE.toNanos()));
        }
        restart.join();
        for (Thread t : clients) {
            t.join();
        }

        Map<String, Long> byNode = new TreeMap<>();
        Map<String, Long> byRelease = new TreeMap<>();
        List<Answer> failures = new ArrayList<>();
        AtomicLong headerProblems = new AtomicLong();
        Map<String, Long> newSeenAt = new TreeMap<>();
        List<String> wentBack = new ArrayList<>();
        List<Answer> inOrder = answers.stream()
                .sorted((a, b) -> Long.compare(a.atMillis(), b.atMillis()))
                .toList();
        for (Answer a : inOrder) {
            if (a.failed()) {
                failures.add(a);
                continue;
            }
            byNode.merge(a.node(), 1L, Long::sum);
            if (a.releases().size() != 1) {
                headerProblems.incrementAndGet();
                continue;
            }
            String release = a.releases().get(0);
            byRelease.merge(release, 1L, Long::sum);
            if (release.equals(second)) {
                newSeenAt.putIfAbsent(a.node(), a.atMillis());
            } else if (newSeenAt.containsKey(a.node()) && newSeenAt.get(a.node()) < a.sentMillis()) {
                // Sent after the node had answered from the new release, yet answered from the old one.
                wentBack.add(a.node() + " at " + a.sentMillis() + " ms");
            }
        }
        System.out.printf(
                "ClusterLoadIT: %d requests, %d failed, served by node %s, by release %s (first %s, new %s)%n",
                answers.size(), failures.size(), byNode, byRelease, first, second);
        System.out.printf(
                "ClusterLoadIT: load for %d ms; replica1 killed at %d ms, restarted at %d ms; new release committed at %d ms;"
                        + " nodes at it at %s ms (convergence %s ms after the commit)%n",
                millisSince(start),
                killedAt,
                RESTART_AT.toMillis(),
                committedAt,
                convergedAt,
                convergedAt.values().stream()
                        .mapToLong(t -> t - committedAt)
                        .max()
                        .orElse(-1));
        failures.forEach(f -> System.out.println("ClusterLoadIT failure: " + f));

        for (Answer f : failures) {
            assertTrue(
                    f.atMillis() >= killedAt && f.atMillis() <= killedAt + IN_FLIGHT.toMillis(),
                    "a failure other than one in flight on the killed node: " + f);
        }
        assertTrue(failures.size() <= CLIENTS, "at most one request in flight per client: " + failures.size());
        assertEquals(0, headerProblems.get(), "answers without exactly one X-Govgraph-Release");
        assertTrue(wentBack.isEmpty(), "a node answered from the old release after the new one: " + wentBack);
        assertEquals(
                nodes.size(),
                convergedAt.size(),
                "every node at release " + second + " within " + CONVERGENCE.toSeconds() + " s of the commit: "
                        + convergedAt);
        assertEquals(3, byNode.size(), "every node served: " + byNode);
        assertTrue(byRelease.containsKey(second), "answers from the new release: " + byRelease);
    }

    /** The {@code i}th request of a client: a search, a SPARQL query or an entity page, in turn. */
    private static String request(int i, List<String> entities) {
        return switch (i % 3) {
            case 0 -> "api/search?q=" + WORDS.get(i % WORDS.size());
            case 1 ->
                "sparql?query="
                        + URLEncoder.encode(
                                "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s a "
                                        + "<http://purl.org/vocab/cpsv#PublicService> } }",
                                StandardCharsets.UTF_8);
            default -> entities.get(i % entities.size()).substring(1);
        };
    }

    private Answer ask(String front, String path, long start) {
        long sent = millisSince(start);
        try {
            HttpResponse<String> r = http.send(
                    HttpRequest.newBuilder(URI.create(front + path))
                            .timeout(Duration.ofSeconds(60))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Answer(
                    sent,
                    millisSince(start),
                    r.statusCode(),
                    r.headers().firstValue("X-Govgraph-Node").orElse("?"),
                    r.headers().allValues("X-Govgraph-Release"),
                    null);
        } catch (IOException e) {
            return new Answer(sent, millisSince(start), 0, "?", List.of(), e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(sent, millisSince(start), 0, "?", List.of(), e.toString());
        }
    }

    /** Waits until HAProxy has sent a request to each of the three nodes. */
    private void awaitAllNodesUp(String front, Process haproxy) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        java.util.Set<String> seen = new java.util.HashSet<>();
        while (seen.size() < 3) {
            assertTrue(
                    System.nanoTime() < deadline && haproxy.isAlive(),
                    "HAProxy did not reach every node (" + seen + "): " + Files.readString(dir.resolve("haproxy.log")));
            try {
                HttpResponse<String> r = http.send(
                        HttpRequest.newBuilder(URI.create(front + "api/search?q=tax"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    r.headers().firstValue("X-Govgraph-Node").ifPresent(seen::add);
                }
            } catch (IOException e) {
                // Not listening yet.
            }
            Thread.sleep(100);
        }
    }

    private List<String> entityPaths(String url) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(URI.create(url + "sparql?query="
                                + URLEncoder.encode(
                                        "SELECT ?s { GRAPH ?g { ?s a <http://purl.org/vocab/cpsv#PublicService> } } LIMIT 20",
                                        StandardCharsets.UTF_8)))
                        .header("Accept", "application/sparql-results+json")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        List<String> paths = new ArrayList<>();
        JSON.readTree(r.body())
                .get("results")
                .get("bindings")
                .forEach(b ->
                        paths.add(URI.create(b.get("s").get("value").asText()).getPath()));
        assertTrue(!paths.isEmpty(), r.body());
        return paths;
    }

    private void awaitRelease(List<String> urls, String release, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        for (String url : urls) {
            while (!release.equals(releaseOrNull(url))) {
                assertTrue(System.nanoTime() < deadline, url + " did not reach release " + release);
                Thread.sleep(200);
            }
        }
    }

    private String release(String url) throws IOException, InterruptedException {
        JsonNode health = JSON.readTree(http.send(
                        HttpRequest.newBuilder(URI.create(url + "readyz")).build(),
                        HttpResponse.BodyHandlers.ofString())
                .body());
        return health.get("release").asText();
    }

    /** The release a node serves and is ready with, or null (not answering, not ready). */
    private String releaseOrNull(String url) {
        try {
            HttpResponse<String> r = http.send(
                    HttpRequest.newBuilder(URI.create(url + "readyz")).build(), HttpResponse.BodyHandlers.ofString());
            return r.statusCode() == 200
                    ? JSON.readTree(r.body()).get("release").asText()
                    : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private void ingest(int seed) throws IOException {
        Path inventory = InventoryGenerator.fromBundled().write(100, seed, dir.resolve("inventory-" + seed + ".csv"));
        StringWriter err = new StringWriter();
        CommandLine cli = GovgraphCommand.commandLine();
        cli.setOut(new PrintWriter(new StringWriter(), true));
        cli.setErr(new PrintWriter(err, true));
        assertEquals(
                0,
                cli.execute("ingest", "--store", dir.resolve("primary").toString(), "ca-si", inventory.toString()),
                err.toString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void sleepUntil(long start, Duration at) throws InterruptedException {
        long wait = at.toMillis() - millisSince(start);
        if (wait > 0) {
            Thread.sleep(wait);
        }
    }

    private static long millisSince(long start) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }
}

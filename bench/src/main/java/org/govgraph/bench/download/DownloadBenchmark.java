package org.govgraph.bench.download;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.govgraph.bench.report.ResultTable;
import org.govgraph.bench.support.HeapSampler;
import org.govgraph.bench.support.Workspace;
import org.govgraph.model.Iris;
import org.govgraph.model.store.Release;
import org.govgraph.model.store.Store;
import org.govgraph.release.Releases;
import org.govgraph.release.publish.PublishedFile;
import org.govgraph.release.publish.Publisher;
import org.govgraph.search.SearchIndex;
import org.govgraph.server.GovgraphServer;

/**
 * Benchmark 4, downloads: the full N-Triples dump of the {@code ca-si} source streamed
 * over HTTP, as published ({@code /download/ca-si/{release}/ca-si.nt.gz}) and as a live
 * Graph Store Protocol read ({@code /data?graph=...}), against Jena RIOT writing the same
 * graph from the store to a file (plain and gzipped). The heap of this JVM, which runs the
 * server, is sampled during each download.
 */
public final class DownloadBenchmark {
    private final Workspace work;
    private final long services;
    private final int rounds;

    public DownloadBenchmark(Workspace work, long services, int rounds) {
        this.work = work;
        this.services = services;
        this.rounds = rounds;
    }

    /** One way of getting the dump: how many bytes, how long, and the heap at its peak. */
    private record Run(long bytes, double seconds, double peakHeapMiB) {}

    private interface Way {
        long run() throws Exception;
    }

    public ResultTable run() throws Exception {
        Path dir = work.servingStore(services, "8g");
        ResultTable.Builder table = ResultTable.builder(
                "download",
                "4. Downloads: the full ca-si N-Triples dump, " + Workspace.describe(services),
                "how",
                "bytes",
                "seconds",
                "MB/s",
                "triples/s",
                "ratio (MB/s / its RIOT peer's MB/s)",
                "peak heap MiB");
        try (Releases releases = Releases.open(dir, Iris.defaults())) {
            Store store = releases.current().store();
            SearchIndex index = releases.current().index();
            index.ensureCurrent();
            Publisher publisher = releases.current().publisher();
            long p0 = System.nanoTime();
            publisher.publish("ca-si");
            double publishSeconds = (System.nanoTime() - p0) / 1e9;
            Release release = store.latestRelease("ca-si").orElseThrow();
            PublishedFile dump = publisher
                    .file("ca-si", release.releaseId(), "ca-si.nt.gz")
                    .orElseThrow(() -> new IllegalStateException("No ca-si.nt.gz published for " + release));
            GovgraphServer server = GovgraphServer.create()
                    .port(0)
                    .store(store)
                    .index(index)
                    .build()
                    .start();
            HttpClient http =
                    HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            String base = "http://127.0.0.1:" + server.port();
            String graph = store.iris().sourceGraph("ca-si").getURI();
            Path file = work.fresh("riot").resolve("ca-si.nt");
            Path gz = file.resolveSibling("ca-si.nt.gz");
            List<String> names = List.of(
                    "govgraph /download (published .nt.gz, HTTP)",
                    "govgraph /data GSP (live N-Triples, HTTP)",
                    "RIOT to a file, gzipped (same format as the download)",
                    "RIOT to a file, plain N-Triples");
            List<Way> ways = List.of(
                    () -> fetch(http, base + "/download/ca-si/" + release.releaseId() + "/ca-si.nt.gz", null),
                    () -> fetch(
                            http,
                            base + "/data?graph=" + URLEncoder.encode(graph, StandardCharsets.UTF_8),
                            "application/n-triples"),
                    () -> riot(store, graph, gz, true),
                    () -> riot(store, graph, file, false));
            List<List<Run>> runs = new ArrayList<>();
            names.forEach(n -> runs.add(new ArrayList<>()));
            try {
                for (int round = 0; round < rounds; round++) {
                    for (int w = 0; w < ways.size(); w++) {
                        System.out.println("download: " + names.get(w) + ", round " + (round + 1));
                        System.gc();
                        try (HeapSampler heap = HeapSampler.start(20)) {
                            long t0 = System.nanoTime();
                            long bytes = ways.get(w).run();
                            runs.get(w).add(new Run(bytes, (System.nanoTime() - t0) / 1e9, heap.peakMiB()));
                        }
                    }
                }
            } finally {
                server.stop();
            }
            // Like for like: the gzipped download against RIOT gzipping, the live N-Triples against plain RIOT.
            int[] peer = {2, 3, -1, -1};
            for (int w = 0; w < ways.size(); w++) {
                Run r = best(runs.get(w));
                double rate = r.bytes() / r.seconds();
                Object ratio = peer[w] < 0
                        ? "(peer)"
                        : rate
                                / (best(runs.get(peer[w])).bytes()
                                        / best(runs.get(peer[w])).seconds());
                table.row(
                        names.get(w),
                        r.bytes(),
                        r.seconds(),
                        rate / 1e6,
                        release.triples() / r.seconds(),
                        ratio,
                        r.peakHeapMiB());
            }
            table.note(String.format(
                    java.util.Locale.ROOT,
                    "%,d triples; best of %d interleaved rounds; the server, the"
                            + " client and RIOT share this JVM, whose heap (-Xmx%.0f MiB) is sampled every 20 ms after a GC."
                            + " Publishing the release (all formats, once) took %.1f s.",
                    release.triples(),
                    rounds,
                    Runtime.getRuntime().maxMemory() / 1048576.0,
                    publishSeconds));
            table.note(
                    "The published dump is a static file served with its checksum: its rate is bounded by the"
                            + " loopback and the disk, not by RDF writing; the fair peer for it is RIOT writing the same gzip.");
            table.note("Published file checked: " + dump.byteSize() + " bytes, SHA-256 " + dump.sha256() + ".");
        }
        return table.build();
    }

    private static Run best(List<Run> runs) {
        return runs.stream()
                .min((a, b) -> Double.compare(a.seconds(), b.seconds()))
                .orElseThrow();
    }

    private static long fetch(HttpClient http, String url, String accept) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).GET();
        if (accept != null) {
            b.header("Accept", accept);
        }
        HttpResponse<InputStream> r = http.send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream in = r.body()) {
            long n = in.transferTo(OutputStream.nullOutputStream());
            if (r.statusCode() != 200) {
                throw new IOException(url + ": HTTP " + r.statusCode());
            }
            return n;
        }
    }

    private static long riot(Store store, String graphIri, Path target, boolean gzip) throws IOException {
        try (OutputStream file = Files.newOutputStream(target);
                OutputStream out = gzip ? new GZIPOutputStream(file, 1 << 16) : file) {
            store.read(() -> {
                Graph g = store.datasetGraph().getGraph(org.apache.jena.graph.NodeFactory.createURI(graphIri));
                RDFDataMgr.write(out, g, Lang.NTRIPLES);
                return null;
            });
        }
        return Files.size(target);
    }
}

package org.govgraph.bench.ingest;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.govgraph.bench.report.ResultTable;
import org.govgraph.bench.support.ChildJvm;
import org.govgraph.bench.support.Workspace;
import org.govgraph.model.Iris;
import org.govgraph.release.Releases;

/**
 * Benchmark 1, ingest: govgraph's {@code IngestRunner} (CSV to RDF, SHACL validation, one
 * TDB2 write transaction) against Jena's TDB2 bulk loader ({@code tdb2.tdbloader}, default
 * loader) loading the same triples as N-Triples into the same named graph, each in its own
 * child JVM with the same heap, interleaved A, B, A, B. Times are wall-clock times of the
 * child, JVM start-up included for both.
 *
 * <p>When govgraph cannot ingest a size in one run (out of memory or past the time limit),
 * the row says so, and the bulk loader's triples for that size are produced by ingesting the
 * inventory in chunks of 100,000 rows (the same triples: every row's triples depend on that
 * row only, organisations repeat and are deduplicated by the loader).
 */
public final class IngestBenchmark {
    private static final int CHUNK = 100_000;

    private final Workspace work;
    private final List<Long> sizes;
    private final Duration limit;
    private final int rounds;
    private final boolean chunkedPeer;

    public IngestBenchmark(Workspace work, List<Long> sizes, Duration limit, int rounds, boolean chunkedPeer) {
        this.chunkedPeer = chunkedPeer;
        this.work = work;
        this.sizes = sizes;
        this.limit = limit;
        this.rounds = rounds;
    }

    /** The heap each size gets, for both contenders (the machine has 24 GiB, shared with the rest of the run). */
    static String heapFor(long services) {
        return services <= 10_000 ? "2g" : services <= 100_000 ? "8g" : "12g";
    }

    /** One contender's run. */
    private record Run(boolean ok, double seconds, long triples, double peakHeapMiB, String failure) {}

    /** Runs every size; {@code partial} is given the table after each size, so that a run cut short keeps its rows. */
    public ResultTable run(java.util.function.Consumer<ResultTable> partial) {
        ResultTable.Builder table = ResultTable.builder(
                "ingest",
                "1. Ingest: govgraph vs TDB2 bulk loader",
                "services",
                "triples",
                "govgraph s",
                "govgraph triples/s",
                "govgraph peak heap MiB",
                "tdb2.tdbloader s",
                "tdbloader triples/s",
                "ratio (loader time / govgraph time)",
                "heap (-Xmx)",
                "store MiB (govgraph / loader)");
        Map<Long, Double> govgraphSeconds = new LinkedHashMap<>();
        for (long n : sizes) {
            Path csv = work.inventory(n);
            Path nt = work.dir().resolve("nt").resolve("si-" + n + ".nt");
            String heap = heapFor(n);
            int r = n >= 1_000_000 ? 1 : rounds;
            List<Run> ours = new ArrayList<>();
            List<Run> theirs = new ArrayList<>();
            long[] storeBytes = new long[2];
            for (int round = 0; round < r; round++) {
                // The N-Triples of an inventory are deterministic: made once, by the first govgraph run, and reused.
                Run a = govgraph(n, csv, heap, round == 0 && !Files.exists(nt) ? nt : null, storeBytes);
                ours.add(a);
                if (!Files.exists(nt)) {
                    if (a.ok()) {
                        throw new IllegalStateException("The probe wrote no N-Triples to " + nt);
                    }
                    if (!chunkedPeer) {
                        theirs.add(new Run(false, 0, 0, 0, "not measured: govgraph made no N-Triples to load"));
                        break;
                    }
                    chunkedTriples(csv, nt, heapFor(CHUNK));
                }
                theirs.add(loader(n, nt, heap, storeBytes));
            }
            Run a = best(ours);
            Run b = best(theirs);
            long triples = a.ok() ? a.triples() : b.triples();
            if (a.ok()) {
                govgraphSeconds.put(n, a.seconds());
            }
            table.row(
                    n,
                    triples,
                    a.ok() ? a.seconds() : a.failure(),
                    a.ok() ? a.triples() / a.seconds() : null,
                    a.peakHeapMiB() > 0 ? a.peakHeapMiB() : null,
                    b.ok() ? b.seconds() : b.failure(),
                    b.ok() ? b.triples() / b.seconds() : null,
                    a.ok() && b.ok() ? b.seconds() / a.seconds() : null,
                    heap,
                    String.format("%.0f / %.0f", storeBytes[0] / 1048576.0, storeBytes[1] / 1048576.0));
            partial.accept(table.build());
        }
        table.note("Best of " + rounds + " interleaved rounds (A, B, A, B) below 1M services, one round at 1M; each run"
                + " is a fresh child JVM writing a fresh TDB2 store on disk; times include JVM start-up for both.");
        table.note("govgraph's time covers the whole release a user gets: reading the CSV, building every row's"
                + " triples, SHACL validation (in chunks of rows, spooled to disk), the bulk load of the next release's"
                + " database, the service statistics cube, the downloads and catalog, and the search index; the"
                + " loader only parses N-Triples and writes. The child's phase lines (in the run's output) say how"
                + " long each step took.");
        growth(govgraphSeconds).ifPresent(table::note);
        return table.build();
    }

    private static java.util.Optional<String> growth(Map<Long, Double> seconds) {
        if (seconds.size() < 2) {
            return java.util.Optional.empty();
        }
        List<Map.Entry<Long, Double>> e = new ArrayList<>(seconds.entrySet());
        Map.Entry<Long, Double> first = e.get(0);
        Map.Entry<Long, Double> last = e.get(e.size() - 1);
        double sizeFactor = (double) last.getKey() / first.getKey();
        double timeFactor = last.getValue() / first.getValue();
        double exponent = Math.log(timeFactor) / Math.log(sizeFactor);
        return java.util.Optional.of(String.format(
                java.util.Locale.ROOT,
                "Growth of govgraph's ingest time from %,d to %,d services: x%.1f for x%.0f the data (time ~ n^%.2f;"
                        + " 1.00 is linear).",
                first.getKey(),
                last.getKey(),
                timeFactor,
                sizeFactor,
                exponent));
    }

    private static Run best(List<Run> runs) {
        return runs.stream()
                .filter(Run::ok)
                .min((x, y) -> Double.compare(x.seconds(), y.seconds()))
                .orElse(runs.get(runs.size() - 1));
    }

    private Run govgraph(long n, Path csv, String heap, Path nt, long[] storeBytes) {
        Path store = work.fresh("ingest-govgraph-" + n);
        ChildJvm child = ChildJvm.of(IngestProbe.class).heap(heap).args(store, csv);
        if (nt != null) {
            try {
                Files.createDirectories(nt.getParent());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            child.args("--nt", nt);
        }
        System.out.println("ingest: govgraph, " + n + " services, -Xmx" + heap);
        ChildJvm.Result r = child.run(limit, line -> System.out.println("  " + line));
        storeBytes[0] = servedDatabaseBytes(store);
        Workspace.delete(store);
        String peak = r.value("peakHeapMiB");
        double peakMiB = peak == null ? 0 : Double.parseDouble(peak);
        if (r.exitCode() != 0 || r.value("triples") == null) {
            String last = r.output().stream()
                    .filter(l -> l.startsWith("phase="))
                    .reduce((x, y) -> y)
                    .map(l -> " (last: " + l.substring("phase=".length()) + ")")
                    .orElse("");
            String why = (r.timedOut()
                            ? "not finished in " + limit.toMinutes() + " min"
                            : r.outOfMemory()
                                    ? "out of memory at -Xmx" + heap + " after "
                                            + r.elapsed().toSeconds() + " s"
                                    : "failed (exit " + r.exitCode() + ")")
                    + last;
            System.out.println("ingest: govgraph " + n + ": " + why + "\n" + r.tail());
            return new Run(false, r.elapsed().toNanos() / 1e9, 0, peakMiB, why);
        }
        double seconds = r.elapsed().toNanos() / 1e9;
        if (r.value("exportSeconds") != null) {
            // The N-Triples export for the loader ran after the ingest in the same child: it is not ingest time.
            seconds -= Double.parseDouble(r.value("exportSeconds"));
        }
        return new Run(true, seconds, Long.parseLong(r.value("triples")), peakMiB, null);
    }

    private Run loader(long n, Path nt, String heap, long[] storeBytes) {
        Path store = work.fresh("ingest-loader-" + n);
        System.out.println("ingest: tdb2.tdbloader, " + n + " services, -Xmx" + heap);
        ChildJvm.Result r = ChildJvm.of("tdb2.tdbloader")
                .heap(heap)
                .args(
                        "--loc",
                        store,
                        "--graph=" + Iris.defaults().sourceGraph("ca-si").getURI(),
                        nt)
                .run(limit, line -> System.out.println("  " + line));
        storeBytes[1] = Workspace.size(store);
        long triples = countLines(nt);
        Workspace.delete(store);
        if (r.exitCode() != 0) {
            String why = r.timedOut()
                    ? "not finished in " + limit.toMinutes() + " min"
                    : r.outOfMemory() ? "out of memory at -Xmx" + heap : "failed (exit " + r.exitCode() + ")";
            return new Run(false, r.elapsed().toNanos() / 1e9, triples, 0, why);
        }
        return new Run(true, r.elapsed().toNanos() / 1e9, triples, 0, null);
    }

    /** Writes the N-Triples of a large inventory by ingesting it in chunks, each in its own child JVM. */
    private void chunkedTriples(Path csv, Path nt, String heap) {
        System.out.println("ingest: producing " + nt.getFileName() + " in chunks of " + CHUNK + " rows for the loader");
        Path chunks = work.fresh("chunks");
        try (CSVParser in = CSVParser.parse(csv, StandardCharsets.UTF_8, CSVFormat.RFC4180);
                BufferedWriter out = Files.newBufferedWriter(nt, StandardCharsets.UTF_8)) {
            Iterator<CSVRecord> records = in.iterator();
            List<String> header = new ArrayList<>(records.next().toList());
            header.set(0, header.get(0).replace("\uFEFF", "")); // The byte order mark is not part of the name.
            int part = 0;
            boolean more = true;
            while (more) {
                Path chunk = chunks.resolve("part-" + part + ".csv");
                more = copyRows(records, header, chunk);
                Path store = chunks.resolve("store-" + part);
                Path partNt = chunks.resolve("part-" + part + ".nt");
                ChildJvm.Result r = ChildJvm.of(IngestProbe.class)
                        .heap(heap)
                        .args(store, chunk, "--nt", partNt)
                        .run(Duration.ofMinutes(30), line -> {});
                if (r.exitCode() != 0) {
                    throw new IllegalStateException("Chunk " + part + " failed:\n" + r.tail());
                }
                try (BufferedReader p = Files.newBufferedReader(partNt, StandardCharsets.UTF_8)) {
                    p.transferTo(out);
                }
                Workspace.delete(store);
                Files.delete(partNt);
                Files.delete(chunk);
                part++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies the header and the next {@link #CHUNK} records to {@code chunk}; true if records remain. */
    private static boolean copyRows(Iterator<CSVRecord> records, List<String> header, Path chunk) throws IOException {
        try (CSVPrinter w = new CSVPrinter(Files.newBufferedWriter(chunk, StandardCharsets.UTF_8), CSVFormat.RFC4180)) {
            w.printRecord(header);
            for (int i = 0; i < CHUNK && records.hasNext(); i++) {
                w.printRecord(records.next().values());
            }
        }
        return records.hasNext();
    }

    private static long countLines(Path file) {
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The size of the TDB2 database of the release a platform directory serves. */
    private static long servedDatabaseBytes(Path platform) {
        try (Releases releases = Releases.open(platform, Iris.defaults())) {
            return Workspace.size(releases.current().directory().orElseThrow().resolve("tdb2"));
        }
    }
}

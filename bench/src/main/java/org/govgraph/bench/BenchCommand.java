package org.govgraph.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.govgraph.bench.download.DownloadBenchmark;
import org.govgraph.bench.ingest.IngestBenchmark;
import org.govgraph.bench.memory.MemoryBenchmark;
import org.govgraph.bench.micro.MicroBenchmarks;
import org.govgraph.bench.reliability.CrashRun;
import org.govgraph.bench.reliability.LiveIngestRun;
import org.govgraph.bench.reliability.LoadRun;
import org.govgraph.bench.report.Report;
import org.govgraph.bench.search.SearchBackendsBenchmark;
import org.govgraph.bench.search.SearchBenchmark;
import org.govgraph.bench.sparql.SparqlBenchmark;
import org.govgraph.bench.support.Workspace;
import org.govgraph.search.opensearch.OpenSearchNodes;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code govgraph-bench}: runs the benchmarks (govgraph against its peers, same machine,
 * same run) and the slow reliability runs, and writes the results under {@code --out}.
 *
 * <pre>{@code java -jar bench/target/govgraph-bench.jar all --out bench/results}</pre>
 */
@Command(
        name = "govgraph-bench",
        mixinStandardHelpOptions = true,
        description = "Benchmarks govgraph against the TDB2 bulk loader, stock Fuseki, SPARQL CONTAINS, jena-text and"
                + " RIOT; and runs the slow reliability checks (crash, load).")
public final class BenchCommand implements Callable<Integer> {
    /** Everything {@code all} runs, in order. */
    static final List<String> ALL = List.of("ingest", "sparql", "search", "download", "memory", "micro");
    /** The reliability runs, only when named (they take long). */
    static final List<String> RELIABILITY = List.of("crash", "crash-live", "load", "live");

    @Parameters(
            arity = "0..*",
            paramLabel = "WHAT",
            description =
                    "all, or any of: ingest, sparql, search, download, memory, micro, crash, crash-live, load, live,"
                            + " search-backends")
    List<String> what;

    @Option(
            names = "--out",
            defaultValue = "bench/results",
            description = "Where results go (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(
            names = "--work",
            defaultValue = "bench/target/work",
            description = "Scratch folder for inventories and stores (default: ${DEFAULT-VALUE}).")
    Path work;

    @Option(
            names = "--sizes",
            split = ",",
            defaultValue = "10000,100000,1000000",
            description = "Inventory sizes of the ingest benchmark (default: ${DEFAULT-VALUE}).")
    List<Long> sizes;

    @Option(
            names = "--serve-size",
            defaultValue = "100000",
            description = "Services in the store the SPARQL, search, download and memory benchmarks serve;"
                    + " 0 serves the bundled real data (default: ${DEFAULT-VALUE}).")
    long serveSize;

    @Option(
            names = "--ingest-limit",
            defaultValue = "PT12M",
            description = "Time limit of one ingest run (ISO-8601 duration, default: ${DEFAULT-VALUE}).")
    Duration ingestLimit;

    @Option(
            names = "--rounds",
            defaultValue = "2",
            description = "Interleaved rounds per comparison (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(
            names = "--crash-services",
            defaultValue = "100000",
            description = "Inventory size of the crash run (default: ${DEFAULT-VALUE}).")
    long crashServices;

    @Option(
            names = "--crash-kills",
            defaultValue = "20",
            description = "Kills in the crash run (default: ${DEFAULT-VALUE}).")
    int crashKills;

    @Option(
            names = "--per-run",
            defaultValue = "PT20S",
            description = "Length of one SPARQL load run (default: ${DEFAULT-VALUE}).")
    Duration perRun;

    @Option(
            names = "--clients",
            split = ",",
            defaultValue = "1,4,8",
            description = "Concurrent clients of the SPARQL load runs (default: ${DEFAULT-VALUE}).")
    List<Integer> clients;

    @Option(
            names = "--contains-every",
            defaultValue = "5",
            description =
                    "Ask the SPARQL CONTAINS contender every n-th search question only (default: ${DEFAULT-VALUE}).")
    int containsEvery;

    @Option(
            names = "--chunked-peer",
            description =
                    "When govgraph cannot ingest a size, make the loader's N-Triples by ingesting 100,000-row chunks.")
    boolean chunkedPeer;

    @Option(
            names = "--opensearch-heap",
            defaultValue = "1g",
            description = "The fixed heap (-Xms and -Xmx) of every OpenSearch node of search-backends"
                    + " (default: ${DEFAULT-VALUE}).")
    String openSearchHeap;

    @Option(
            names = "--opensearch-classpath",
            defaultValue = "bench/target/opensearch-node.classpath",
            description =
                    "The OpenSearch nodes' class path, as the bench's build writes it (default: ${DEFAULT-VALUE}).")
    Path openSearchClasspath;

    @Option(
            names = "--opensearch-launcher",
            defaultValue = "search/src/test/opensearch-node/OpenSearchNode.java",
            description = "The source of the node launcher the search tests use (default: ${DEFAULT-VALUE}).")
    Path openSearchLauncher;

    @Option(
            names = "--merge",
            paramLabel = "RESULTS_JSON",
            description = "Add the tables of another run's results.json (e.g. one run elsewhere at the same time).")
    List<Path> merge = List.of();

    /** The arguments as given, for the results page. */
    private List<String> args = List.of();

    @Override
    public Integer call() throws Exception {
        List<String> todo = what == null ? List.of() : what.contains("all") ? ALL : what;
        // One line per request would bury the progress: the access log is for production.
        org.apache.logging.log4j.core.config.Configurator.setLevel(
                "govgraph.access", org.apache.logging.log4j.Level.WARN);
        Workspace workspace = new Workspace(work);
        Report report = new Report(
                out, todo.isEmpty() ? null : "java -jar bench/target/govgraph-bench.jar " + String.join(" ", args));
        for (Path other : merge) {
            report.merge(new Report(other.toAbsolutePath().getParent(), null));
        }
        for (String name : todo) {
            long t0 = System.nanoTime();
            System.out.println("== " + name);
            switch (name) {
                case "ingest" ->
                    report.add(
                            new IngestBenchmark(workspace, sizes, ingestLimit, rounds, chunkedPeer).run(report::add));
                case "sparql" -> {
                    SparqlBenchmark sparql = new SparqlBenchmark(workspace, serveSize, rounds, perRun, clients);
                    report.add(sparql.run());
                    report.add(sparql.perQueryTable());
                }
                case "search" -> report.add(new SearchBenchmark(workspace, serveSize, containsEvery).run());
                case "download" -> report.add(new DownloadBenchmark(workspace, serveSize, rounds).run());
                case "memory" -> report.add(new MemoryBenchmark(workspace, serveSize).run());
                case "micro" -> report.add(MicroBenchmarks.run());
                case "crash" -> report.add(new CrashRun(workspace, crashServices, crashKills, false).run());
                case "crash-live" -> report.add(new CrashRun(workspace, crashServices, crashKills, true).run());
                case "load" -> report.add(new LoadRun(workspace, serveSize).run());
                case "live" -> report.add(new LiveIngestRun(workspace, serveSize).run());
                case "search-backends" -> {
                    // OpenSearchNodes (the search tests' node launcher) reads where the nodes' classes are from these.
                    System.setProperty(OpenSearchNodes.CLASSPATH_FILE, openSearchClasspath.toString());
                    System.setProperty("opensearch.node.launcher", openSearchLauncher.toString());
                    new SearchBackendsBenchmark(workspace, serveSize, openSearchHeap)
                            .run()
                            .forEach(report::add);
                }
                default -> throw new CommandLine.ParameterException(new CommandLine(this), "No benchmark " + name);
            }
            System.out.printf("== %s done in %.0f s%n", name, (System.nanoTime() - t0) / 1e9);
        }
        return 0;
    }

    public static void main(String[] args) {
        BenchCommand command = new BenchCommand();
        command.args = List.of(args);
        int status = new CommandLine(command).execute(args);
        System.exit(status);
    }
}

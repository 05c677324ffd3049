package org.govgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.govgraph.ingest.generate.InventoryGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code govgraph generate}: writes a synthetic service inventory in the Canada inventory's
 * CSV shape, derived from the bundled real rows, for benchmarks at national and
 * international scale. The same seed gives the same file, byte for byte.
 */
@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        description = "Write a synthetic service inventory (Canada inventory shape) to DIR/si_synthetic.csv,"
                + " for benchmarks; ingest it with: govgraph ingest --store STORE ca-si DIR/si_synthetic.csv")
public final class GenerateCommand implements Callable<Integer> {
    /** The name of the file written in the output folder. */
    public static final String FILE_NAME = "si_synthetic.csv";

    @Spec
    private CommandSpec spec;

    @Option(
            names = "--services",
            required = true,
            paramLabel = "N",
            description = "How many services to write (one row each), e.g. 10000, 100000, 1000000.")
    private long services;

    @Option(
            names = "--seed",
            defaultValue = "1",
            paramLabel = "S",
            description = "The random seed; the same seed gives the same file (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder to write into.")
    private Path out;

    @Override
    public Integer call() {
        if (services < 1) {
            spec.commandLine().getErr().println("govgraph generate: --services must be at least 1; got " + services);
            return 2;
        }
        long started = System.nanoTime();
        Path target = InventoryGenerator.fromBundled().write(services, seed, out.resolve(FILE_NAME));
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.printf(
                "Wrote %,d synthetic services (seed %d) to %s in %.1f s%n",
                services, seed, target, (System.nanoTime() - started) / 1e9);
        stdout.flush();
        return 0;
    }
}

package org.govgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.govgraph.ingest.IngestOptions;
import org.govgraph.ingest.IngestRunner;
import org.govgraph.ingest.Rejection;
import org.govgraph.ingest.RejectsFile;
import org.govgraph.ingest.SourceAdapter;
import org.govgraph.ingest.SourceFormatException;
import org.govgraph.ingest.Sources;
import org.govgraph.ingest.cpsv.CpsvApSource;
import org.govgraph.ingest.mapping.MappedSource;
import org.govgraph.release.Releases;
import org.govgraph.server.admin.IngestResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code govgraph ingest}: reads one source's files into its graph, all or nothing, as a new
 * release with its search index and downloads. When a govgraph server serves the store, the
 * ingest is handed to it ({@link RemoteIngest}), which keeps answering from the previous
 * release until the new one is in place; otherwise it runs in this process. Either way the
 * output and the exit status are the same: 0 written; 1 rows were rejected and nothing was
 * written; 2 a file cannot be read as the source at all, or the store cannot be opened.
 */
@Command(
        name = "ingest",
        mixinStandardHelpOptions = true,
        description = "Ingest a source's files into the store as a new release, also while a server serves it"
                + " (exit 0 written, 1 rows rejected and nothing written, 2 a file is not that source at all).")
public final class IngestCommand implements Callable<Integer> {
    /** How many rejections are echoed to stderr; the rejects file has them all. */
    static final int REJECTIONS_SHOWN = 20;

    @Spec
    private CommandSpec spec;

    @Mixin
    private StoreOption store;

    @Option(
            names = "--rejects",
            paramLabel = "FILE",
            description = "Write every rejected row here as file:line:column: reason.")
    private Path rejects;

    @Option(names = "--allow-rejects", description = "Write the accepted rows even when some rows are rejected.")
    private boolean allowRejects;

    @Option(
            names = "--mapping",
            paramLabel = "FILE.yaml",
            description = "Read the files as this mapping file says (a new source id, or one of the built-in ones).")
    private Path mapping;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            description = "Read the files as published linked data: cpsv-ap (CPSV-AP 3 in Turtle, JSON-LD or RDF/XML),"
                    + " stored as the source SOURCE (a new id).")
    private String format;

    @Parameters(
            index = "0",
            paramLabel = "SOURCE",
            description = "The source id, one of: ${COMPLETION-CANDIDATES}" + " (any id with --mapping)",
            completionCandidates = SourceIds.class)
    private String source;

    @Parameters(
            index = "1..*",
            arity = "1..*",
            paramLabel = "FILE",
            description = "The files (or folder) of that source.")
    private List<Path> files;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        SourceAdapter adapter;
        if (format != null) {
            Optional<SourceAdapter> published = publishedFormat(err);
            if (published.isEmpty()) {
                return 2;
            }
            adapter = published.get();
        } else if (mapping != null) {
            try {
                // Checked before the store is opened: a refused mapping leaves no trace.
                adapter = MappedSource.fromFile(source, mapping);
            } catch (SourceFormatException e) {
                err.println(e.getMessage());
                return 2;
            }
        } else {
            adapter = Sources.byId(source)
                    .orElseThrow(() -> new ParameterException(
                            spec.commandLine(),
                            "Unknown source '" + source + "': use one of " + String.join(", ", Sources.ids())
                                    + ", or give --mapping FILE.yaml"));
        }
        Optional<ServerAnnouncement> server = store.liveServer();
        IngestResult result = server.isPresent()
                ? new RemoteIngest(server.get(), store.directory)
                        .run(source, mapping, files, allowRejects, progress(err))
                : inThisProcess(adapter, err);
        return report(result);
    }

    /** The adapter of {@code --format}, or empty (the problem said) when it cannot be used as given. */
    private Optional<SourceAdapter> publishedFormat(PrintWriter err) {
        if (!format.equals(CpsvApSource.FORMAT)) {
            err.println("Unknown --format '" + format + "': the format govgraph reads as published is "
                    + CpsvApSource.FORMAT);
            return Optional.empty();
        }
        if (mapping != null || Sources.byId(source).isPresent()) {
            err.println(
                    mapping != null
                            ? "--format and --mapping are two ways to read files: give one of them"
                            : "'" + source + "' is a built-in source: give --format " + format + " a new source id");
            return Optional.empty();
        }
        if (store.liveServer().isPresent()) {
            err.println("--format " + format + " is read by this command only: stop the server that serves "
                    + store.directory + ", ingest, then start it again");
            return Optional.empty();
        }
        try {
            return Optional.of(new CpsvApSource(source));
        } catch (SourceFormatException e) {
            err.println(e.getMessage());
            return Optional.empty();
        }
    }

    private IngestResult inThisProcess(SourceAdapter adapter, PrintWriter err) {
        try (Releases releases = store.open()) {
            return IngestResult.of(
                    new IngestRunner(releases.iris(), releases.sourceWriter())
                            .run(adapter, files, new IngestOptions(allowRejects, progress(err))),
                    Path::toString);
        } catch (SourceFormatException e) {
            return IngestResult.notTheSource(source, e.getMessage());
        }
    }

    /** Prints the outcome, in the same words wherever the ingest ran, and returns the exit status. */
    private int report(IngestResult result) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (result.outcome() == IngestResult.Outcome.NOT_THE_SOURCE) {
            err.println(result.message());
            return result.outcome().exitStatus();
        }
        out.printf(
                "%s: rows read %d, loaded %d, skipped %d, rejected %d%n",
                source, result.rowsRead(), result.rowsLoaded(), result.skipped().size(), result.rowsRejected());
        result.skipped().forEach(r -> out.println("skipped " + r));
        result.notes().forEach(n -> out.println("note: " + n));
        List<Rejection> rejections = result.rejectionList();
        showRejections(rejections, err);
        if (rejects != null) {
            RejectsFile.write(rejects, rejections);
        }
        if (result.outcome() == IngestResult.Outcome.REJECTED) {
            err.println("Nothing was written: " + result.rowsRejected() + " rows were rejected"
                    + " (--allow-rejects writes the accepted rows"
                    + (rejects == null ? "; --rejects FILE lists them all)" : ")"));
            return result.outcome().exitStatus();
        }
        out.printf("%s: release %s, %d triples%n", source, result.release(), result.triples());
        return result.outcome().exitStatus();
    }

    private static void showRejections(List<Rejection> rejections, PrintWriter err) {
        rejections.stream().limit(REJECTIONS_SHOWN).forEach(err::println);
        if (rejections.size() > REJECTIONS_SHOWN) {
            err.println("... and " + (rejections.size() - REJECTIONS_SHOWN) + " more");
        }
    }

    /** Phase messages on a terminal; silence when output goes to a file or a pipe. */
    private static Consumer<String> progress(PrintWriter err) {
        if (System.console() == null) {
            return phase -> {};
        }
        return phase -> {
            err.println("... " + phase);
            err.flush();
        };
    }

    /** The source ids, for help and completion. */
    static final class SourceIds implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Sources.ids().iterator();
        }
    }
}

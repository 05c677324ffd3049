package org.govgraph.server.admin;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.govgraph.ingest.IngestReport;
import org.govgraph.ingest.Rejection;

/**
 * The outcome of one ingest as the admin endpoint sends it and the command line prints it,
 * whether the ingest ran in the server or in the command's own process.
 *
 * @param source       the source id
 * @param outcome      written, rejected (nothing written), or not the source at all
 * @param message      for {@link Outcome#NOT_THE_SOURCE}: what is wrong with which file
 * @param rowsRead     rows read
 * @param rowsLoaded   rows that would be, or were, written
 * @param rowsRejected rows rejected
 * @param release      the release written, or null
 * @param triples      triples in the source graph written
 * @param rejections   every rejection, {@code file:line:column: reason} with the file as the client named it
 * @param skipped      rows passed over on purpose ({@code file:line: reason}), e.g. a country not surveyed yet
 * @param notes        what the reader noticed that is not a row's fault (e.g. formula cells read by their cached value)
 */
public record IngestResult(
        String source,
        Outcome outcome,
        String message,
        long rowsRead,
        long rowsLoaded,
        long rowsRejected,
        String release,
        long triples,
        List<RejectionLine> rejections,
        List<String> skipped,
        List<String> notes) {
    /** How an ingest ended; each has one exit status of {@code govgraph ingest} and one HTTP status. */
    public enum Outcome {
        WRITTEN(0, 200),
        REJECTED(1, 422),
        NOT_THE_SOURCE(2, 400);

        private final int exitStatus;
        private final int httpStatus;

        Outcome(int exitStatus, int httpStatus) {
            this.exitStatus = exitStatus;
            this.httpStatus = httpStatus;
        }

        public int exitStatus() {
            return exitStatus;
        }

        public int httpStatus() {
            return httpStatus;
        }
    }

    /** One rejected row; {@code sheet} and {@code element} place it in a workbook or an XML file, else null. */
    public record RejectionLine(String file, long line, int column, String reason, String sheet, String element) {
        public RejectionLine(String file, long line, int column, String reason) {
            this(file, line, column, reason, null, null);
        }

        public Rejection toRejection() {
            return new Rejection(Path.of(file), line, column, reason, sheet, element);
        }
    }

    public IngestResult {
        rejections = rejections == null ? List.of() : List.copyOf(rejections);
        skipped = skipped == null ? List.of() : List.copyOf(skipped);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    /** The result of a finished ingest, naming files by {@code name} (the names the client gave them). */
    public static IngestResult of(IngestReport report, Function<Path, String> name) {
        return new IngestResult(
                report.sourceId(),
                report.written() ? Outcome.WRITTEN : Outcome.REJECTED,
                null,
                report.rowsRead(),
                report.rowsLoaded(),
                report.rowsRejected(),
                report.release().map(r -> r.releaseId()).orElse(null),
                report.triples(),
                report.rejections().stream()
                        .map(r -> new RejectionLine(
                                name.apply(r.file()), r.line(), r.column(), r.reason(), r.sheet(), r.element()))
                        .toList(),
                report.skipped().stream()
                        .map(r -> name.apply(r.file()) + ":" + r.line() + ": " + r.reason())
                        .toList(),
                report.notes());
    }

    /** An ingest refused because a file is not the source at all. */
    public static IngestResult notTheSource(String source, String message) {
        return new IngestResult(
                source, Outcome.NOT_THE_SOURCE, message, 0, 0, 0, null, 0, List.of(), List.of(), List.of());
    }

    public List<Rejection> rejectionList() {
        return rejections.stream().map(RejectionLine::toRejection).toList();
    }
}

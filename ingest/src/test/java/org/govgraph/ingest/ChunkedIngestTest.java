package org.govgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.govgraph.ingest.canada.CanadaServiceInventorySource;
import org.govgraph.model.Iris;
import org.govgraph.model.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Chunked validation of a self-contained source (the Canada inventory) against validating
 * the whole source at once: the same rows rejected for the same reasons, the same graph
 * written, and the spool file gone afterwards.
 *
 * <p>The fixture {@code canada/si_chunks.csv} has 14 rows validated three at a time: rows
 * without a title (a SHACL violation on the service), some of them the latest year of a
 * service whose older year sits in an earlier or a later chunk (which whole-source
 * validation rejects too, since that row also describes the service), and one row the
 * adapter refuses itself.
 */
class ChunkedIngestTest {
    private static final int CHUNK_ROWS = 3;

    @TempDir
    Path spoolDir;

    @Test
    void chunksRejectExactlyTheRowsThatWholeSourceValidationRejects() {
        IngestReport chunked = ingest(new CanadaServiceInventorySource(), false, new ArrayList<>())
                .report();
        IngestReport whole = ingest(wholeSource(new CanadaServiceInventorySource()), false, new ArrayList<>())
                .report();

        assertEquals(
                List.of(2L, 4L, 6L, 8L, 9L, 10L, 12L, 14L),
                chunked.rejections().stream().map(Rejection::line).toList(),
                chunked.rejections()::toString);
        assertEquals(
                whole.rejections().stream().map(Rejection::toString).toList(),
                chunked.rejections().stream().map(Rejection::toString).toList());
        assertEquals(14, chunked.rowsRead());
        assertEquals(6, chunked.rowsLoaded());
        assertEquals(chunked.rowsRead(), chunked.rowsLoaded() + chunked.rowsRejected());
        assertFalse(chunked.written());
    }

    @Test
    void aRowOfAServiceWhoseLatestYearViolatesIsRejectedWithThatViolationAndColumn() {
        IngestReport report = ingest(new CanadaServiceInventorySource(), false, new ArrayList<>())
                .report();
        Rejection olderYearOfA = report.rejections().get(0);
        assertEquals(2, olderYearOfA.line());
        assertEquals(3, olderYearOfA.column(), "service_name_en, where the title comes from");
        assertTrue(olderYearOfA.reason().contains("A service needs a title"), olderYearOfA::toString);
    }

    @Test
    void withRejectsAllowedBothPathsWriteTheSameGraph() {
        Ingested chunked = ingest(new CanadaServiceInventorySource(), true, new ArrayList<>());
        Ingested whole = ingest(wholeSource(new CanadaServiceInventorySource()), true, new ArrayList<>());
        assertTrue(chunked.report().written());
        assertEquals(whole.report().triples(), chunked.report().triples());
        assertEquals(whole.graph().size(), chunked.report().triples(), "the release counts the triples as stored");
        assertTrue(whole.graph().isIsomorphicWith(chunked.graph()));
    }

    @Test
    void eachChunkIsReportedAsProgress() {
        List<String> progress = new ArrayList<>();
        ingest(new CanadaServiceInventorySource(), true, progress);
        assertEquals(
                5,
                progress.stream().filter(m -> m.startsWith("validated chunk")).count(),
                progress::toString);
        assertTrue(progress.contains("validated chunk 5: 14 rows read, 8 valid, 6 rejected"), progress::toString);
        assertTrue(
                progress.contains("rejected 2 more rows that describe a node found violating in another chunk"),
                progress::toString);
    }

    @Test
    void theSpoolFileIsDeletedAfterAWriteARefusalAndAFailure() throws IOException {
        ingest(new CanadaServiceInventorySource(), true, new ArrayList<>());
        assertEquals(List.of(), spoolFiles());
        ingest(new CanadaServiceInventorySource(), false, new ArrayList<>());
        assertEquals(List.of(), spoolFiles());
        try (Store store = Store.inMemory(Iris.defaults())) {
            IngestRunner runner = new IngestRunner(store, spoolDir);
            assertThrows(
                    SourceFormatException.class,
                    () -> runner.run(
                            new CanadaServiceInventorySource(),
                            List.of(fixture("si_chunks.csv"), fixture("si_missing_column.csv")),
                            options(false, s -> {})));
        }
        assertEquals(List.of(), spoolFiles());
    }

    @Test
    void aSpoolFileLeftByAKilledIngestIsDeletedByTheNextOne() throws IOException {
        Path orphan = Files.writeString(spoolDir.resolve("govgraph-ingest-999999999999-123.rt"), "left by kill -9");
        Path notOurs = Files.writeString(spoolDir.resolve("notes.rt"), "not a spool file");
        ingest(new CanadaServiceInventorySource(), true, new ArrayList<>());
        assertEquals(List.of(notOurs), spoolFiles());
        assertFalse(Files.exists(orphan));
    }

    private record Ingested(IngestReport report, Graph graph) {}

    private Ingested ingest(SourceAdapter adapter, boolean allowRejects, List<String> progress) {
        try (Store store = Store.inMemory(Iris.defaults())) {
            IngestReport report = new IngestRunner(store, spoolDir)
                    .run(adapter, List.of(fixture("si_chunks.csv")), options(allowRejects, progress::add));
            return new Ingested(report, store.copyOf(store.iris().sourceGraph("ca-si")));
        }
    }

    private static IngestOptions options(boolean allowRejects, java.util.function.Consumer<String> progress) {
        return new IngestOptions(allowRejects, progress).withChunkRows(CHUNK_ROWS);
    }

    /** The same adapter, made to go through whole-source validation. */
    private static SourceAdapter wholeSource(SourceAdapter adapter) {
        return new SourceAdapter() {
            @Override
            public SourceInfo info() {
                return adapter.info();
            }

            @Override
            public void read(List<Path> inputs, IngestContext context) {
                adapter.read(inputs, context);
            }
        };
    }

    private List<Path> spoolFiles() throws IOException {
        try (Stream<Path> files = Files.list(spoolDir)) {
            return files.toList();
        }
    }

    private static Path fixture(String name) {
        try {
            return Path.of(ChunkedIngestTest.class
                    .getClassLoader()
                    .getResource("canada/" + name)
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}

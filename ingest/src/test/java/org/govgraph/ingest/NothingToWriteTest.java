package org.govgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.govgraph.ingest.malaysia.MalaysiaPsdspSource;
import org.govgraph.model.Iris;
import org.govgraph.model.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An input that would leave a source with nothing never replaces what the store holds. */
class NothingToWriteTest {
    private static final String HEADER = "indicator_id,label_en,label_ms,kind,value,unit,ref_date,scope,note\n";
    private static final String GOOD =
            "services_total,Government services,Perkhidmatan kerajaan,actual,11169,count,2021-07-31,all,\n";

    private static Path file(Path dir, String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void aHeaderWithoutRowsIsRefusedAndTheSourceKeepsItsGraph(@TempDir Path dir) throws IOException {
        try (Store store = Store.inMemory(Iris.defaults())) {
            IngestRunner runner = new IngestRunner(store);
            runner.run(
                    new MalaysiaPsdspSource(), List.of(file(dir, "good.csv", HEADER + GOOD)), IngestOptions.defaults());
            long before = store.copyOf(store.iris().sourceGraph("my-psdsp")).size();
            Path empty = file(dir, "empty.csv", HEADER);
            SourceFormatException e = assertThrows(
                    SourceFormatException.class,
                    () -> runner.run(new MalaysiaPsdspSource(), List.of(empty), new IngestOptions(true, m -> {})));
            assertTrue(e.getMessage().startsWith(empty + ": has no data rows"), e.getMessage());
            assertEquals(
                    before, store.copyOf(store.iris().sourceGraph("my-psdsp")).size());
        }
    }

    @Test
    void everyRowRejectedIsNotWrittenEvenWhenRejectsAreAllowed(@TempDir Path dir) throws IOException {
        try (Store store = Store.inMemory(Iris.defaults())) {
            IngestRunner runner = new IngestRunner(store);
            runner.run(
                    new MalaysiaPsdspSource(), List.of(file(dir, "good.csv", HEADER + GOOD)), IngestOptions.defaults());
            String release = store.release().orElseThrow();
            Path bad = file(dir, "bad.csv", HEADER + GOOD.replace("actual", "guess"));
            IngestReport report = runner.run(new MalaysiaPsdspSource(), List.of(bad), new IngestOptions(true, m -> {}));
            assertEquals(1, report.rowsRejected());
            assertFalse(report.written());
            assertEquals(1, report.exitStatus());
            assertEquals(release, store.release().orElseThrow());
        }
    }
}

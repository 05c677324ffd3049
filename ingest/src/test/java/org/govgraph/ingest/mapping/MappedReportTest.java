package org.govgraph.ingest.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.govgraph.ingest.IngestOptions;
import org.govgraph.ingest.IngestReport;
import org.govgraph.ingest.IngestRunner;
import org.govgraph.ingest.SourceFormatException;
import org.govgraph.model.Iris;
import org.govgraph.model.store.Store;
import org.govgraph.model.vocab.GG;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A mapping's report: each row's fiscal year and volumes as a service report of that year. */
class MappedReportTest {
    private static final String MAPPING = MappingFileTest.HEAD + """
            tables:
              - name: perkhidmatan
                file: laporan.csv
                service:
                  key: kod
                  title: {ms: nama}
                  authority: {key: agensi, name: {ms: agensi}}
                  report:
                    fiscal-year: tahun
                    volumes: {dalam_talian: numApplicationsOnline, kaunter: numApplicationsInPerson}
                    absent: ["-"]
            """;

    @TempDir
    Path dir;

    private IngestReport ingest(Store store, String csv, String mapping) throws IOException {
        Path table = Files.writeString(dir.resolve("laporan.csv"), csv);
        return new IngestRunner(store)
                .run(
                        MappedSource.fromFile("my-lhdn", Files.writeString(dir.resolve("m.yaml"), mapping)),
                        List.of(table),
                        new IngestOptions(true, s -> {}));
    }

    @Test
    void eachRowReportsItsYearAndVolumesAndAMarkerIsNoFigure() throws IOException {
        try (Store store = Store.inMemory(Iris.defaults())) {
            IngestReport report = ingest(store, """
                    kod,nama,agensi,tahun,dalam_talian,kaunter
                    LHDN-001,e-Filing,LHDN,2023-2024,2814000,-
                    LHDN-002,Bayaran Balik,LHDN,2023-2024,12.5,40
                    LHDN-003,Sijil Mastautin,LHDN,2023/24,10,10
                    """, MAPPING);
            assertEquals(
                    List.of(
                            "laporan.csv:3:5: dalam_talian is not a whole number: '12.5' (no figure is written -)",
                            "laporan.csv:4:4: tahun is not a fiscal year such as 2023-2024: '2023/24'"),
                    report.rejections().stream()
                            .map(r -> r.file().getFileName() + ":" + r.line() + ":" + r.column() + ": " + r.reason())
                            .toList());
            Graph g = store.copyOf(store.iris().sourceGraph("my-lhdn"));
            Node service = store.iris().service("t", "LHDN-001");
            Node year = store.iris().serviceReport("t", "LHDN-001", "2023-2024");
            assertTrue(g.contains(service, GG.report.asNode(), year));
            assertTrue(g.contains(service, GG.latestReport.asNode(), year));
            assertEquals(
                    List.of("2814000"),
                    g.find(year, GG.numApplicationsOnline.asNode(), Node.ANY)
                            .mapWith(t -> t.getObject().getLiteralLexicalForm())
                            .toList());
            assertEquals(
                    List.of(),
                    g.find(year, GG.numApplicationsInPerson.asNode(), Node.ANY).toList(),
                    "'-' is no figure");
        }
    }

    @Test
    void aVolumeGovgraphDoesNotRecordIsRefusedInTheMapping() throws IOException {
        Path mapping =
                Files.writeString(dir.resolve("m.yaml"), MAPPING.replace("numApplicationsInPerson", "numVisitors"));
        SourceFormatException e = assertThrows(SourceFormatException.class, () -> MappingFile.read(mapping));
        assertTrue(
                e.getMessage()
                        .contains("tables[0].service.report.volumes.kaunter: 'numVisitors' is not a volume govgraph"
                                + " records; the volumes are: [numApplicationsByEmail,"),
                e.getMessage());
    }
}

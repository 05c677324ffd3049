package org.govgraph.ingest.egdi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.vocabulary.RDF;
import org.govgraph.ingest.IngestContext;
import org.govgraph.ingest.SourceFormatException;
import org.govgraph.model.Iris;
import org.govgraph.model.vocab.GG;
import org.govgraph.model.vocab.QB;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EgdiSourceTest {
    @TempDir
    Path dir;

    @Test
    void recognisesEachFileShapeByItsHeaderWhateverTheOrder() {
        EgdiIngest in = EgdiIngest.run(
                EgdiIngest.fixture(dir, "egdi/EGOV_DATA_2022.csv"),
                EgdiIngest.fixture(dir, "egdi/egdi-2012.csv"),
                EgdiIngest.fixture(dir, "egdi/countries-data_EN.csv"),
                EgdiIngest.fixture(dir, "egdi/egdi-2010.csv"));
        assertTrue(in.has(2010, "MYS"), "UNU-EGOV file, year from the file name");
        assertTrue(in.has(2012, "LBY"));
        assertTrue(in.has(2022, "MYS"), "UN Data Center export, year from its column");
        assertEquals(
                List.of("Malaysia"), in.values(in.iris().country("MYS"), org.apache.jena.vocabulary.SKOS.prefLabel));
    }

    @Test
    void theCubeHasTheEgdiStructureAndAnObservationWithEveryMeasureBelongsToIt() {
        EgdiIngest in = EgdiIngest.run(EgdiIngest.fixture(dir, "egdi/egdi-2012.csv"));
        var cube = ObservationWriter.cube(in.iris());
        assertEquals(Iris.DEFAULT_BASE + "id/cube/egdi", cube.getURI());
        assertTrue(in.graph().contains(cube, RDF.type.asNode(), QB.DataSet.asNode()));
        assertTrue(in.graph().contains(cube, QB.structure.asNode(), GG.egdiStructure.asNode()));
        assertEquals(List.of(cube.getURI()), in.values(in.observation(2012, "MYS"), QB.dataSet));
    }

    @Test
    void aFileWithAnUnknownHeaderNamesTheFileAndTheHeadersExpected() {
        Path file = EgdiIngest.fixture(dir, "egdi/bad/unknown-header.csv");
        SourceFormatException e = assertThrows(
                SourceFormatException.class,
                () -> new EgdiSource().read(List.of(file), new IngestContext(Iris.defaults())));
        assertTrue(e.getMessage().startsWith(file + ":1:0: "), e.getMessage());
        assertTrue(e.getMessage().contains("country-code,country-name,e-gov-rank"), e.getMessage());
        assertTrue(e.getMessage().contains("Survey Year,Country Name"), e.getMessage());
        assertTrue(e.getMessage().contains("COUNTRY CODE;COMMON NAME"), e.getMessage());
    }

    @Test
    void aUnuEgovFileWhoseNameHasNoYearIsRefusedBeforeAnyRowIsRead() {
        Path good = EgdiIngest.fixture(dir, "egdi/egdi-2012.csv");
        Path noYear = EgdiIngest.copy(dir, "egdi/egdi-2010.csv", "egdi-latest.csv");
        IngestContext context = new IngestContext(Iris.defaults());
        SourceFormatException e =
                assertThrows(SourceFormatException.class, () -> new EgdiSource().read(List.of(good, noYear), context));
        assertTrue(e.getMessage().startsWith(noYear + ": the file name has no survey year"), e.getMessage());
        assertEquals(0, context.rowsRead());
    }

    @Test
    void aUnuEgovFileOfAYearWithNoEditionIsRefusedBeforeAnyRowIsRead() {
        Path notAnEdition = EgdiIngest.copy(dir, "egdi/egdi-2010.csv", "egdi-2099.csv");
        IngestContext context = new IngestContext(Iris.defaults());
        SourceFormatException e =
                assertThrows(SourceFormatException.class, () -> new EgdiSource().read(List.of(notAnEdition), context));
        assertTrue(e.getMessage().contains("'2099' is not a survey year"), e.getMessage());
        assertTrue(e.getMessage().contains("2003, 2004, 2005, 2008, 2010"), e.getMessage());
        assertEquals(0, context.rowsRead());
    }

    @Test
    void aUnDataCenterRowOfAYearWithNoEditionIsRejectedAndNotPublished() throws java.io.IOException {
        Path file = dir.resolve("EGOV_DATA_2019.csv");
        String data = java.nio.file.Files.readString(EgdiIngest.fixture(dir, "egdi/EGOV_DATA_2022.csv"));
        java.nio.file.Files.writeString(file, data.replaceFirst("\n2022,", "\n2019,"));
        EgdiIngest in = EgdiIngest.run(file);
        assertTrue(
                in.rejections().get(0).startsWith("EGOV_DATA_2019.csv:2:1: '2019' is not a survey year"),
                in.rejections().toString());
        assertFalse(in.has(2019, "MYS"));
        assertTrue(in.has(2022, "TUR"), "the other rows are read");
    }

    @Test
    void aRecordOfEmptyFieldsIsNotARow() {
        EgdiIngest in = EgdiIngest.run(EgdiIngest.fixture(dir, "egdi/countries-data_EN.csv"));
        assertEquals(6, in.report().rowsRead(), "six countries; the trailing ';;;;;;' is a blank line");
        assertTrue(in.report().rejections().isEmpty(), in.rejections().toString());
    }

    @Test
    void theSourceIsRegisteredFirst() {
        assertEquals("un-egdi", org.govgraph.ingest.Sources.ids().iterator().next());
        assertFalse(org.govgraph.ingest.Sources.byId("un-egdi").isEmpty());
    }
}

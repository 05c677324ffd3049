package org.govgraph.ingest.egdi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.govgraph.model.vocab.DQV;
import org.govgraph.model.vocab.GG;
import org.govgraph.model.vocab.OA;
import org.govgraph.model.vocab.SdmxDimension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EgdiObservationsTest {
    @TempDir
    Path dir;

    EgdiIngest in;

    @BeforeEach
    void ingest() {
        in = EgdiIngest.run(
                EgdiIngest.fixture(dir, "egdi/countries-data_EN.csv"),
                EgdiIngest.fixture(dir, "egdi/egdi-2010.csv"),
                EgdiIngest.fixture(dir, "egdi/egdi-2012.csv"),
                EgdiIngest.fixture(dir, "egdi/egdi-2014.csv"));
    }

    @Test
    void anObservationHasItsCountryYearAndMeasures() {
        Node obs = in.observation(2012, "MYS");
        assertEquals(List.of(in.iris().country("MYS").getURI()), in.values(obs, SdmxDimension.refArea));
        Node year = in.one(obs, SdmxDimension.refPeriod).orElseThrow().getObject();
        assertEquals("2012", year.getLiteralLexicalForm());
        assertEquals("http://www.w3.org/2001/XMLSchema#gYear", year.getLiteralDatatypeURI());
        assertEquals(Optional.of(new BigDecimal("0.67029")), in.measure(2012, "MYS", GG.egdi));
        assertEquals(Optional.of(new BigDecimal("0.4737")), in.measure(2012, "MYS", GG.epi));
        assertEquals(List.of(GG.High.getURI()), in.values(obs, GG.egdiGroup));
    }

    @Test
    void floatNoiseIsRemovedAndAFloatRankReadAsAWholeNumber() {
        assertEquals(List.of("0.69556"), in.values(in.observation(2010, "IRQ"), GG.hci));
        assertEquals(List.of("0.05522"), in.values(in.observation(2010, "IRQ"), GG.tii));
        assertEquals(List.of("136"), in.values(in.observation(2010, "IRQ"), GG.egdiRank));
        Node rank =
                in.one(in.observation(2010, "IRQ"), GG.egdiRank).orElseThrow().getObject();
        assertEquals("http://www.w3.org/2001/XMLSchema#integer", rank.getLiteralDatatypeURI());
    }

    @Test
    void aRowOfBlanksIsACountryNotSurveyedSkippedWithTheReasonNotRejected() {
        assertFalse(in.has(2010, "SSD"));
        assertEquals(List.of(), in.rejections());
        assertEquals(
                List.of("egdi-2010.csv:6: not surveyed: SSD has only blank fields in 2010, a country that did not"
                        + " exist yet or was not part of the survey"),
                in.report().skipped().stream()
                        .map(s -> s.file().getFileName() + ":" + s.line() + ": " + s.reason())
                        .toList());
        assertEquals(
                in.report().rowsRead(), in.report().rowsLoaded() + in.report().rowsSkipped());
    }

    @Test
    void aPlaceholderEgdiWithAMissingComponentIsAbsentAndAnnotatedWithTheZerosBesideIt() {
        Node obs = in.observation(2010, "KIR");
        assertEquals(Optional.empty(), in.measure(2010, "KIR", GG.egdi));
        assertEquals(List.of(), in.values(obs, GG.egdiRank));
        assertEquals(List.of(), in.values(obs, GG.egdiGroup));
        assertEquals(List.of(), in.values(obs, GG.hci));
        assertEquals(Optional.of(new BigDecimal("0.02857")), in.measure(2010, "KIR", GG.osi));
        assertAnnotated(obs, "HCI is missing");
        // Somalia's OSI and EPI, published as 0 beside an EGDI the survey did not compute, are placeholders too.
        assertEquals(Optional.empty(), in.measure(2010, "SOM", GG.osi));
        assertEquals(Optional.empty(), in.measure(2010, "SOM", GG.epi));
        assertEquals(Optional.empty(), in.measure(2010, "SOM", GG.egdi));
        assertAnnotated(
                in.observation(2010, "SOM"), "HCI is missing; the country was not assessed for its OSI and EPI");
    }

    @Test
    void aPlaceholderEgdiBesideNonZeroComponentsDropsTheUnassessedZeros() {
        Node obs = in.observation(2012, "LBY");
        assertEquals(Optional.empty(), in.measure(2012, "LBY", GG.egdi));
        assertEquals(Optional.empty(), in.measure(2012, "LBY", GG.osi));
        assertEquals(Optional.empty(), in.measure(2012, "LBY", GG.epi));
        assertEquals(List.of(), in.values(obs, GG.egdiRank));
        assertEquals(Optional.of(new BigDecimal("0.85018")), in.measure(2012, "LBY", GG.hci));
        assertEquals(Optional.of(new BigDecimal("0.37433")), in.measure(2012, "LBY", GG.tii));
        assertAnnotated(obs, "not assessed for its OSI and EPI");
    }

    @Test
    void fromTwentyFourteenAnEgdiThatIsNotTheMeanOfItsComponentsIsKeptAndAnnotated() {
        Node kosovo = in.observation(2014, "XKX");
        assertEquals(Optional.of(new BigDecimal("0.9")), in.measure(2014, "XKX", GG.egdi));
        assertAnnotated(kosovo, "is not the mean of its OSI, HCI and TII (0.3)");
        assertEquals(List.of(), in.values(in.observation(2014, "IRL"), DQV.hasQualityAnnotation));
        assertEquals(
                List.of(),
                in.values(in.observation(2010, "MYS"), DQV.hasQualityAnnotation),
                "before 2014 the EGDI is not checked against the mean");
    }

    @Test
    void noObservationHasAnEgdiOfZero() {
        assertFalse(in.graph()
                .find(Node.ANY, GG.egdi.asNode(), Node.ANY)
                .filterKeep(t -> new BigDecimal(t.getObject().getLiteralLexicalForm()).signum() == 0)
                .hasNext());
    }

    @Test
    void aCountryOnlyTheSurveyNamesIsDescribedWithThatName() {
        Node kosovo = in.iris().country("XKX");
        assertEquals(List.of("Kosovo"), in.values(kosovo, org.apache.jena.vocabulary.SKOS.prefLabel));
        assertEquals(List.of("XKX"), in.values(kosovo, org.apache.jena.vocabulary.SKOS.notation));
        assertEquals(
                List.of("Georgia (Country)"),
                in.values(in.iris().country("GEO"), org.apache.jena.vocabulary.SKOS.altLabel));
    }

    @Test
    void badFieldsAreRejectedAtTheirColumn() {
        EgdiIngest bad = EgdiIngest.run(EgdiIngest.fixture(dir, "egdi/bad/egdi-2016.csv"));
        List<String> r = bad.rejections();
        assertTrue(r.contains("egdi-2016.csv:2:5: e-pat-index is not a number: 'n/a'"), r.toString());
        assertTrue(
                r.stream().anyMatch(s -> s.startsWith("egdi-2016.csv:3:6: OSI must be between 0 and 1")), r.toString());
        assertTrue(
                r.stream().anyMatch(s -> s.startsWith("egdi-2016.csv:4:8: TII must be between 0 and 1")), r.toString());
        assertTrue(
                r.contains("egdi-2016.csv:6:1: duplicate observation of MYS in 2016, first at "
                        + dir.resolve("egdi-2016.csv") + ":5"),
                r.toString());
        assertTrue(
                r.stream().anyMatch(s -> s.startsWith("egdi-2016.csv:7:3: EGDI rank must be between 1 and 193")),
                r.toString());
        assertEquals(5, r.size(), r.toString());
        assertEquals(1, bad.report().rowsLoaded());
        assertTrue(bad.has(2016, "MYS"));
    }

    private void assertAnnotated(Node obs, String why) {
        List<String> annotations = in.values(obs, DQV.hasQualityAnnotation);
        assertEquals(1, annotations.size());
        Node a = org.apache.jena.graph.NodeFactory.createURI(annotations.get(0));
        assertTrue(in.graph().contains(a, RDF.type.asNode(), DQV.QualityAnnotation.asNode()));
        assertTrue(in.graph().contains(a, RDF.type.asNode(), OA.Annotation.asNode()));
        assertTrue(in.graph().contains(a, OA.motivatedBy.asNode(), DQV.qualityAssessment.asNode()));
        assertTrue(in.graph().contains(a, OA.hasTarget.asNode(), obs));
        Node body = in.one(a, OA.bodyValue).orElseThrow().getObject();
        assertEquals("en", body.getLiteralLanguage());
        assertTrue(body.getLiteralLexicalForm().contains(why), body.getLiteralLexicalForm());
    }
}

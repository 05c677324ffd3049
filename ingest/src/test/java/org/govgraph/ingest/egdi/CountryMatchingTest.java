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
import org.apache.jena.vocabulary.SKOS;
import org.govgraph.model.vocab.GG;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CountryMatchingTest {
    @TempDir
    Path dir;

    @Test
    void theCountriesTableDescribesEachCountry() {
        EgdiIngest in = EgdiIngest.run(EgdiIngest.fixture(dir, "egdi/countries-data_EN.csv"));
        Node mys = in.iris().country("MYS");
        assertTrue(in.graph().contains(mys, RDF.type.asNode(), org.apache.jena.vocabulary.DCTerms.Location.asNode()));
        assertTrue(in.graph().contains(mys, RDF.type.asNode(), SKOS.Concept.asNode()));
        assertEquals(List.of("MYS"), in.values(mys, SKOS.notation));
        assertEquals(List.of("Republic of Turkey"), in.values(in.iris().country("TUR"), GG.officialName));
        assertEquals(List.of("South-eastern Asia"), in.values(mys, GG.subRegion));
        assertEquals(List.of("Asia"), in.values(mys, GG.region));
        assertEquals(List.of("Upper-Middle"), in.values(mys, GG.incomeGroup));
        assertEquals(List.of("Developing"), in.values(mys, GG.developmentStatus));
        assertEquals(
                "São Tomé and Príncipe",
                in.values(in.iris().country("STP"), SKOS.prefLabel).get(0),
                "read as UTF-8 past the byte order mark");
    }

    @Test
    void unDataCenterNamesAreMatchedAfterTrimmingNormalisingAndThroughTheAliases() {
        EgdiIngest in = EgdiIngest.run(
                EgdiIngest.fixture(dir, "egdi/countries-data_EN.csv"),
                EgdiIngest.fixture(dir, "egdi/EGOV_DATA_2022.csv"));
        assertEquals(Optional.of(new BigDecimal("0.774")), in.measure(2022, "MYS", GG.egdi), "'Malaysia ' trimmed");
        assertEquals(List.of("53"), in.values(in.observation(2022, "MYS"), GG.egdiRank));
        assertTrue(in.has(2022, "TUR"), "Türkiye, by the alias table");
        assertTrue(in.has(2022, "CZE"), "Czech Republic, the table's official name");
        assertTrue(in.has(2022, "GEO"), "Georgia (Country), by the alias table");
        assertTrue(in.has(2022, "STP"), "a decomposed São Tomé, after NFC normalisation");
        assertEquals(
                List.of("Türkiye"),
                in.values(in.iris().country("TUR"), SKOS.altLabel),
                "the UN's new name is searchable");
    }

    @Test
    void anUnmatchedNameIsARejectedRowNeverAGuess() {
        EgdiIngest in = EgdiIngest.run(
                EgdiIngest.fixture(dir, "egdi/countries-data_EN.csv"),
                EgdiIngest.fixture(dir, "egdi/EGOV_DATA_2022.csv"));
        assertEquals(List.of("EGOV_DATA_2022.csv:7:2: no country matches 'Atlantis'"), in.rejections());
        assertEquals(12, in.report().rowsLoaded(), "six countries and six 2022 observations");
    }

    @Test
    void namesAreComparedAfterTrimNfcAndCase() {
        CountryNames names = new CountryNames();
        names.add("São Tomé and Príncipe", "STP");
        assertEquals(Optional.of("STP"), names.match(" SA\u0303O TOME\u0301 AND PRI\u0301NCIPE "));
        assertEquals(Optional.of("TUR"), names.match("türkiye"));
        assertEquals(Optional.empty(), names.match("Sao Tome"));
    }

    @Test
    void aNameGivenToTwoCountriesMatchesNeither() {
        CountryNames names = new CountryNames();
        names.add("Congo", "COG");
        names.add("Congo", "COD");
        assertFalse(names.match("Congo").isPresent());
        assertEquals(java.util.Set.of("COD", "COG"), names.candidates("Congo"));
    }
}

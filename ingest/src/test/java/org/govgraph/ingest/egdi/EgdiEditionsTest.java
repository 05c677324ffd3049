package org.govgraph.ingest.egdi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.govgraph.model.vocab.DQV;
import org.govgraph.model.vocab.GG;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several editions in all three shapes at once: one observation per country-year, derived ranks, placeholders. */
class EgdiEditionsTest {
    @TempDir
    Path dir;

    EgdiIngest in;

    @BeforeEach
    void ingest() {
        in = EgdiIngest.run(
                EgdiIngest.fixture(dir, "egdi/editions/EGOV_DATA_2024.csv"),
                EgdiIngest.fixture(dir, "egdi/editions/EGOV_DATA_2010.csv"),
                EgdiIngest.fixture(dir, "egdi/editions/EGOV_DATA_2003.csv"),
                EgdiIngest.fixture(dir, "egdi/countries-data_EN.csv"),
                EgdiIngest.fixture(dir, "egdi/egdi-2010.csv"));
    }

    @Test
    void theReSavedExportWithOtherHeadersAndARegionIsRead() {
        assertEquals(Optional.of(new BigDecimal("0.81114")), in.measure(2024, "MYS", GG.egdi));
        assertEquals(List.of("57"), in.values(in.observation(2024, "MYS"), GG.egdiRank));
        assertEquals(Optional.of(new BigDecimal("0.9747")), in.measure(2024, "TUR", GG.tii));
    }

    @Test
    void twoFilesGivingTheSameCountryYearMakeOneObservation() {
        // egdi-2010.csv writes 136.0 and float noise, EGOV_DATA_2010.csv 136 and five decimals: the same figures.
        assertEquals(List.of("0.69556"), in.values(in.observation(2010, "IRQ"), GG.hci));
        assertEquals(List.of("136"), in.values(in.observation(2010, "IRQ"), GG.egdiRank));
        assertEquals(List.of("0.61014"), in.values(in.observation(2010, "MYS"), GG.egdi));
        // Kiribati: HCI blank in one file, 0.0 beside a placeholder EGDI in the other; both absent.
        assertEquals(List.of(), in.values(in.observation(2010, "KIR"), GG.hci));
        assertEquals(
                1,
                in.values(in.observation(2010, "KIR"), DQV.hasQualityAnnotation).size());
    }

    @Test
    void twoFilesThatDisagreeRejectTheSecondRowNamingBothFilesAndLines() {
        assertEquals(
                List.of("EGOV_DATA_2010.csv:7:6: disagrees with " + dir.resolve("egdi-2010.csv") + ":7 on GEO in 2010"
                        + " beyond the published rounding (0.000005): OSI 0.41 here, 0.4 there"),
                in.rejections());
        assertEquals(List.of("0.4"), in.values(in.observation(2010, "GEO"), GG.osi), "the first file's figures stand");
    }

    @Test
    void rowsOfZerosOrBlanksAreCountriesNotSurveyedAndTheRowsAddUp() {
        assertEquals(
                List.of(
                        "EGOV_DATA_2003.csv:3: not surveyed: CZE ('Czech Republic') has only zeros and no rank in 2003,"
                                + " a country that did not exist yet or was not part of the survey",
                        "EGOV_DATA_2010.csv:6: not surveyed: SSD ('South Sudan') has only zeros and no rank in 2010,"
                                + " a country that did not exist yet or was not part of the survey",
                        "egdi-2010.csv:6: not surveyed: SSD has only blank fields in 2010, a country that did not exist"
                                + " yet or was not part of the survey"),
                in.report().skipped().stream()
                        .map(s -> s.file().getFileName() + ":" + s.line() + ": " + s.reason())
                        .sorted()
                        .toList());
        assertFalse(in.has(2003, "CZE"));
        assertFalse(in.has(2010, "SSD"));
        assertEquals(6 + 6 + 6 + 3 + 6, in.report().rowsRead());
        assertEquals(
                in.report().rowsRead(),
                in.report().rowsLoaded()
                        + in.report().rowsSkipped()
                        + in.report().rowsRejected());
    }

    @Test
    void besideAPlaceholderEgdiTheZerosArePlaceholdersBesideARealOneAMeasurement() {
        // Iraq 2003: EGDI, EPI and OSI published as 0 with the tied last rank 174; HCI and TII are real.
        assertEquals(Optional.empty(), in.measure(2003, "IRQ", GG.egdi));
        assertEquals(Optional.empty(), in.measure(2003, "IRQ", GG.osi));
        assertEquals(Optional.empty(), in.measure(2003, "IRQ", GG.epi));
        assertEquals(List.of(), in.values(in.observation(2003, "IRQ"), GG.egdiRank));
        assertEquals(Optional.of(new BigDecimal("0.93")), in.measure(2003, "IRQ", GG.hci));
        // São Tomé and Príncipe 2024 (Eritrea's real figures): OSI 0.0 beside an EGDI of 0.15762 is measured.
        assertEquals(
                Optional.of(BigDecimal.ZERO), in.measure(2024, "STP", GG.osi).map(BigDecimal::stripTrailingZeros));
        assertEquals(List.of(), in.values(in.observation(2024, "STP"), DQV.hasQualityAnnotation));
    }

    @Test
    void eachIndexIsRankedWithinItsEditionTiesSharingARank() {
        // 2024 OSI: TUR 0.85 = GEO 0.85 > CZE 0.8037 > MYS 0.72796 > IRQ 0.18755 > STP 0.
        assertEquals(List.of("1"), in.values(in.observation(2024, "TUR"), GG.osiRank));
        assertEquals(List.of("1"), in.values(in.observation(2024, "GEO"), GG.osiRank));
        assertEquals(List.of("3"), in.values(in.observation(2024, "CZE"), GG.osiRank));
        assertEquals(List.of("4"), in.values(in.observation(2024, "MYS"), GG.osiRank));
        assertEquals(List.of("6"), in.values(in.observation(2024, "STP"), GG.osiRank));
        assertEquals(List.of("4"), in.values(in.observation(2024, "MYS"), GG.hciRank), "CZE, GEO and TUR are higher");
        assertEquals(List.of("1"), in.values(in.observation(2024, "MYS"), GG.tiiRank));
        // 2003: Iraq's placeholder OSI is not ranked and does not count: Malaysia is first of one.
        assertEquals(List.of(), in.values(in.observation(2003, "IRQ"), GG.osiRank));
        assertEquals(List.of("1"), in.values(in.observation(2003, "MYS"), GG.osiRank));
        assertEquals(List.of("2"), in.values(in.observation(2003, "MYS"), GG.hciRank));
        assertTrue(in.values(in.observation(2010, "MYS"), GG.epiRank).size() == 1);
    }
}

package org.govgraph.ingest.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.govgraph.ingest.csv.CsvFile;
import org.govgraph.ingest.csv.CsvRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InventoryGeneratorTest {
    @Test
    void theSameSeedWritesTheSameBytesAndAnotherSeedDoesNot(@TempDir Path dir) throws Exception {
        InventoryGenerator generator = InventoryGenerator.fromBundled();
        Path a = generator.write(500, 42, dir.resolve("a.csv"));
        Path b = generator.write(500, 42, dir.resolve("b.csv"));
        Path c = generator.write(500, 43, dir.resolve("c.csv"));
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
        assertFalse(java.util.Arrays.equals(Files.readAllBytes(a), Files.readAllBytes(c)));
    }

    @Test
    void writesUniqueServicesInTheInventoryShapeWithRealOrganisations(@TempDir Path dir) {
        InventoryGenerator generator = InventoryGenerator.fromBundled();
        Path out = generator.write(2_000, 7, dir.resolve("si.csv"));
        Set<String> realOrgs = new HashSet<>();
        List<String> realHeader;
        Path real = dir.resolve("real.csv");
        try (var in = getClass().getClassLoader().getResourceAsStream("datasets/ca-si/si_2024.csv")) {
            Files.copy(in, real);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        try (CsvFile csv = CsvFile.open(real, List.of("owner_org"))) {
            realHeader = csv.header();
            for (CsvRow row : csv) {
                realOrgs.add(row.raw("owner_org"));
            }
        }
        Set<String> ids = new HashSet<>();
        Map<String, Integer> stageValues = new HashMap<>();
        try (CsvFile csv = CsvFile.open(out, List.of("service_id"))) {
            assertEquals(realHeader, csv.header());
            for (CsvRow row : csv) {
                row.requireWellFormed();
                assertTrue(ids.add(row.raw("service_id")), "service ids are unique");
                assertTrue(realOrgs.contains(row.raw("owner_org")), "organisations come from the real data");
                assertFalse(row.raw("service_name_en").isBlank());
                for (String stage : InventoryGenerator.STAGE_COLUMNS) {
                    stageValues.merge(row.raw(stage), 1, Integer::sum);
                }
            }
        }
        assertEquals(2_000, ids.size());
        assertTrue(
                stageValues.keySet().containsAll(Set.of("Y", "N", "NA")),
                "all real stage values appear: " + stageValues);
    }

    @Test
    void recombinesHalvesOfTitlesAndFirstSentences() {
        assertEquals(
                "Apply for Employment Insurance",
                InventoryGenerator.joinHalves("Apply for a passport", "Renew Employment Insurance"));
        assertEquals("One.", InventoryGenerator.firstSentence("One. Two. Three."));
        assertEquals("No full stop", InventoryGenerator.firstSentence("No full stop"));
    }
}

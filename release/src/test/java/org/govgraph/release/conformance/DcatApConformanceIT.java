package org.govgraph.release.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The catalog that {@code /catalog} serves (the publisher's catalog graph, alone: a
 * harvester has nothing else) against the official DCAT-AP 3.0.1 shapes.
 */
class DcatApConformanceIT {
    static Graph catalog;

    @BeforeAll
    static void publish() {
        catalog = BundledPlatform.get().publisher.catalogGraph();
    }

    private static void assertConforms(OfficialShapes shapes) {
        ValidationReport report = shapes.validate(catalog);
        long violations = OfficialShapes.count(report, Severity.Violation);
        System.out.println(shapes + ": " + violations + " violations, " + OfficialShapes.count(report, Severity.Warning)
                + " warnings on " + catalog.size() + " catalog triples");
        OfficialShapes.summary(report, Severity.Violation).forEach((k, n) -> System.out.println("  " + n + "  " + k));
        OfficialShapes.summary(report, Severity.Warning)
                .forEach((k, n) -> System.out.println("  warning " + n + "  " + k));
        assertEquals(0, violations, shapes + " violations:" + OfficialShapes.sample(report, Severity.Violation, 20));
    }

    @Test
    void theCatalogConformsToTheGeneratedShapesWithTheirRanges() {
        assertConforms(OfficialShapes.DCAT_AP_GENERATED);
    }

    @Test
    void theCatalogConformsToTheCoreRangeAndControlledVocabularyShapes() {
        assertConforms(OfficialShapes.DCAT_AP_CORE);
    }

    /**
     * The recommended properties that the data cannot give, each for a reason the README
     * states: the countries have no geometry in any source (centroid, bounding box); a
     * series and the upstream data sets it is made from have no files of their own (the
     * distributions are the releases'); Kenya's catalogue has no dates (temporal coverage);
     * no source says what kind of body its publisher is (dct:type of agents, and of the UN's
     * terms of use licence); the two Canadian series are made from one upstream data set,
     * whose publisher the catalog does not claim to know as one agent.
     */
    static final Set<String> NOT_IN_THE_DATA = Set.of(
            "http://www.w3.org/ns/dcat#centroid",
            "http://www.w3.org/ns/dcat#bbox",
            "http://www.w3.org/ns/dcat#distribution",
            "http://purl.org/dc/terms/temporal",
            "http://purl.org/dc/terms/type");

    static final String CANADA_UPSTREAM = "https://open.canada.ca/data/en/dataset/3ac0d080-6149-499a-8b06-7ce5f00ec56c";

    @Test
    void theCatalogHasTheRecommendedPropertiesTheDataAllows() {
        ValidationReport report = OfficialShapes.DCAT_AP_RECOMMENDED.validate(catalog);
        OfficialShapes.summary(report, Severity.Warning)
                .forEach((k, n) -> System.out.println("  recommended " + n + "  " + k));
        List<ReportEntry> missing = report.getEntries().stream()
                .filter(e -> e.resultPath() == null
                        || !NOT_IN_THE_DATA.contains(e.resultPath().toString().replaceAll("[<>]", "")))
                .filter(e -> !(e.focusNode().getURI().equals(CANADA_UPSTREAM)
                        && e.resultPath().toString().contains("/dc/terms/publisher")))
                .toList();
        assertEquals(
                List.of(),
                missing.stream().map(e -> e.focusNode() + " " + e.resultPath()).toList());
    }
}

package org.govgraph.release.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.jena.graph.Graph;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.graph.GraphFactory;
import org.govgraph.model.store.Store;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The public services, organisations and channels of the bundled sources, with the code
 * lists they use, against the official CPSV-AP 3.2.0 shapes.
 */
class CpsvApConformanceIT {
    static Graph data;

    @BeforeAll
    static void load() {
        Store store = BundledPlatform.get().store;
        data = GraphFactory.createDefaultGraph();
        store.read(() -> {
            store.datasetGraph().listGraphNodes().forEachRemaining(g -> {
                if (!g.equals(store.iris().catalogGraph())) {
                    store.datasetGraph().getGraph(g).find().forEachRemaining(data::add);
                }
            });
            return null;
        });
    }

    @Test
    void servicesOrganisationsAndChannelsConformToCpsvAp() {
        ValidationReport report = OfficialShapes.CPSV_AP.validate(data);
        long violations = OfficialShapes.count(report, Severity.Violation);
        System.out.println("CPSV_AP: " + violations + " violations, " + OfficialShapes.count(report, Severity.Warning)
                + " warnings on " + data.size() + " triples");
        OfficialShapes.summary(report, Severity.Violation).forEach((k, n) -> System.out.println("  " + n + "  " + k));
        assertEquals(0, violations, "CPSV-AP violations:" + OfficialShapes.sample(report, Severity.Violation, 20));
    }
}

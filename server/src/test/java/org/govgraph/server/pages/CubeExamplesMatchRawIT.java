package org.govgraph.server.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.govgraph.model.store.Store;
import org.govgraph.model.vocab.Prefixes;
import org.govgraph.release.conformance.BundledPlatform;
import org.junit.jupiter.api.Test;

/**
 * The statistics cube gives the figures the services give: on every bundled inventory, as
 * {@code govgraph demo} ingests them, each example that answers from the cube returns the same
 * rows as its raw form counting every service, and each source's cube counts as many services
 * as its graph holds.
 */
class CubeExamplesMatchRawIT {
    private final Store store = BundledPlatform.get().store;

    @Test
    void theEndToEndShareFromTheCubeEqualsTheShareCountedFromEveryService() {
        assertSameRows("03-canada-end-to-end-share", "11-canada-end-to-end-share-raw");
    }

    @Test
    void theStageStatusFromTheCubeEqualsTheStatusCountedFromEveryService() {
        assertSameRows("08-canada-stage-status", "12-canada-stage-status-raw");
    }

    @Test
    void eachInventoryCubeCountsEveryServiceOfItsSource() {
        String query = Prefixes.sparqlPrologue() + """
                SELECT ?g ?raw ?cube WHERE {
                  { SELECT ?g (COUNT(?s) AS ?raw) WHERE { GRAPH ?g { ?s a cpsv:PublicService } } GROUP BY ?g }
                  OPTIONAL {
                    { SELECT ?g (SUM(?n) AS ?cube) WHERE { GRAPH ?g { ?o gg:serviceCount ?n } } GROUP BY ?g }
                  }
                }""";
        List<Map<String, String>> rows = select(query);
        assertEquals(
                List.of("br-servicos", "ca-si", "ke-ecitizen"),
                rows.stream()
                        .map(r -> r.get("g").substring(r.get("g").lastIndexOf('/') + 1))
                        .sorted()
                        .toList(),
                "the bundled inventories with services");
        for (Map<String, String> r : rows) {
            assertEquals(r.get("raw"), r.get("cube"), "services of " + r.get("g") + " by its cube");
        }
    }

    private void assertSameRows(String cubeExample, String rawExample) {
        List<Map<String, String>> fromCube = select(example(cubeExample).query());
        List<Map<String, String>> fromServices = select(example(rawExample).query());
        assertFalse(fromServices.isEmpty(), rawExample + " answers on the bundled data");
        assertEquals(sorted(fromServices), sorted(fromCube), cubeExample + " against " + rawExample);
    }

    private static ExampleQueries.Example example(String id) {
        return ExampleQueries.all().stream()
                .filter(e -> e.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private List<Map<String, String>> select(String query) {
        return store.read(() -> {
            List<Map<String, String>> out = new ArrayList<>();
            try (QueryExec exec = QueryExec.dataset(store.datasetGraph())
                    .query(QueryFactory.create(query))
                    .build()) {
                RowSet rows = exec.select();
                while (rows.hasNext()) {
                    Binding b = rows.next();
                    Map<String, String> row = new TreeMap<>();
                    b.vars().forEachRemaining(v -> row.put(v.getVarName(), value(b.get(v))));
                    out.add(row);
                }
            }
            return out;
        });
    }

    /** Numbers by value (an integer sum and a count of the same figure compare equal), the rest as written. */
    private static String value(Node n) {
        if (n.isLiteral() && n.getLiteralValue() instanceof Number number) {
            return new BigDecimal(number.toString()).stripTrailingZeros().toPlainString();
        }
        return n.toString();
    }

    private static List<String> sorted(List<Map<String, String>> rows) {
        return rows.stream().map(Map::toString).sorted().toList();
    }
}

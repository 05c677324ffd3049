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
    void theServicesByChannelFromTheCubeEqualTheServicesCountedFromEveryService() {
        assertSameRows("13-services-by-channel", "14-services-by-channel-raw");
    }

    @Test
    void theServicesByTypeFromTheCubeEqualTheServicesCountedFromEveryService() {
        assertSameRows("""
                SELECT ?org ?type (SUM(?n) AS ?services) (SUM(?k) AS ?known) (SUM(?e) AS ?endToEnd) WHERE {
                  ?o gg:serviceType ?type ; gg:organisation ?org ; gg:serviceCount ?n ;
                     gg:endToEndKnownCount ?k ; gg:endToEndOnlineCount ?e .
                } GROUP BY ?org ?type""", """
                SELECT ?org ?type (COUNT(?s) AS ?services) (COUNT(?e2e) AS ?known)
                       (SUM(IF(COALESCE(?e2e, false), 1, 0)) AS ?endToEnd) WHERE {
                  ?s a cpsv:PublicService ; cv:hasCompetentAuthority ?org ; dct:type ?type .
                  ?org dct:spatial ?area .
                  OPTIONAL { ?s gg:endToEndOnline ?e2e }
                } GROUP BY ?org ?type""", "services by organisation and type");
    }

    @Test
    void theServicesReportedPerFiscalYearFromTheCubeEqualTheReportsOfEveryService() {
        assertSameRows("""
                SELECT ?area ?year (SUM(?n) AS ?services) WHERE {
                  ?o gg:fiscalYear ?year ; sdmx-dimension:refArea ?area ; gg:reportedServiceCount ?n .
                } GROUP BY ?area ?year""", """
                SELECT ?area ?year (COUNT(DISTINCT ?s) AS ?services) WHERE {
                  ?s a cpsv:PublicService ; cv:hasCompetentAuthority ?org ; gg:report/gg:fiscalYear ?year .
                  ?org dct:spatial ?area .
                } GROUP BY ?area ?year""", "services reported per country and fiscal year");
    }

    @Test
    void eachInventoryCubeCountsEveryServiceOfItsSource() {
        String query = Prefixes.sparqlPrologue() + """
                SELECT ?g ?raw ?cube WHERE {
                  { SELECT ?g (COUNT(?s) AS ?raw) WHERE { GRAPH ?g { ?s a cpsv:PublicService } } GROUP BY ?g }
                  OPTIONAL {
                    { SELECT ?g (SUM(?n) AS ?cube) WHERE {
                        GRAPH ?g { ?o qb:dataSet/qb:structure gg:serviceStatsStructure ; gg:serviceCount ?n }
                      } GROUP BY ?g }
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
        assertSameRows(
                example(cubeExample).query(), example(rawExample).query(), cubeExample + " against " + rawExample);
    }

    private void assertSameRows(String fromCubeQuery, String fromServicesQuery, String what) {
        List<Map<String, String>> fromCube = select(prologue(fromCubeQuery));
        List<Map<String, String>> fromServices = select(prologue(fromServicesQuery));
        assertFalse(fromServices.isEmpty(), what + ": the raw form answers on the bundled data");
        assertEquals(sorted(fromServices), sorted(fromCube), what);
    }

    /** A query of this test without its own prefixes gets the project's; an example keeps its own. */
    private static String prologue(String query) {
        return query.contains("PREFIX") ? query : Prefixes.sparqlPrologue() + query;
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

package org.govgraph.server.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.junit.jupiter.api.Test;

class QueryMemoryLimitsTest {
    private static Dataset dataset(int triples) {
        Model model = ModelFactory.createDefaultModel();
        for (int i = 0; i < triples; i++) {
            Resource s = model.createResource("http://example.org/s" + i);
            s.addProperty(model.createProperty("http://example.org/p"), "value number " + i);
        }
        Dataset dataset = DatasetFactory.create(model);
        SparqlService.limit(dataset.getContext(), java.time.Duration.ofSeconds(30), false);
        return dataset;
    }

    private static List<String> column(Dataset dataset, String query, String var) {
        try (QueryExecution qe = QueryExecution.dataset(dataset).query(query).build()) {
            ResultSet rows = qe.execSelect();
            List<String> values = new ArrayList<>();
            rows.forEachRemaining(row -> values.add(row.get(var).toString()));
            return values;
        }
    }

    @Test
    void aGroupConcatPastTheBudgetStopsTheQueryWithItsReason() {
        Dataset dataset = dataset(300);
        // 300 x 300 values of about 16 characters: 1.4 million characters, then four times that.
        String query = "SELECT (GROUP_CONCAT(CONCAT(?a, ?b); SEPARATOR=',') AS ?all) WHERE {"
                + " ?x <http://example.org/p> ?a . ?y <http://example.org/p> ?b . ?z <http://example.org/p> ?c"
                + " FILTER(?c IN ('value number 1', 'value number 2', 'value number 3', 'value number 4')) }";
        QueryMemoryLimits.takeBreach();
        QueryMemoryLimits.TooLarge e =
                assertThrows(QueryMemoryLimits.TooLarge.class, () -> column(dataset, query, "all"));
        assertTrue(e.getMessage().contains("GROUP_CONCAT results grew past 4000000 characters"), e.getMessage());
        assertEquals(e.getMessage(), QueryMemoryLimits.takeBreach(), "the response filter finds the reason");
        assertNull(QueryMemoryLimits.takeBreach());
    }

    @Test
    void groupConcatWithinTheBudgetKeepsItsMeaning() {
        Dataset dataset = dataset(3);
        assertEquals(
                List.of("value number 0|value number 1|value number 2"),
                column(
                        dataset,
                        "SELECT (GROUP_CONCAT(?v; SEPARATOR='|') AS ?all) WHERE { SELECT ?v { ?s ?p ?v } ORDER BY ?v }",
                        "all"));
        Dataset values = DatasetFactory.create();
        SparqlService.limit(values.getContext(), java.time.Duration.ofSeconds(30), false);
        assertEquals(
                List.of("a|b"),
                column(
                        values,
                        "SELECT (GROUP_CONCAT(DISTINCT ?v; SEPARATOR='|') AS ?all)"
                                + " WHERE { VALUES ?v { 'a' 'a' 'b' } }",
                        "all"));
    }

    @Test
    void orderByAndDistinctSpillPastTheThresholdAndStayCorrect() {
        Dataset dataset = dataset(30);
        assertEquals(QueryMemoryLimits.SPILL_THRESHOLD, dataset.getContext().getLong(ARQ.spillToDiskThreshold, -1));
        // 27,000 rows, more than the threshold: sorted (and made distinct) through files on disk.
        String query = "SELECT DISTINCT ?a ?b ?c WHERE { ?x <http://example.org/p> ?a . ?y <http://example.org/p> ?b ."
                + " ?z <http://example.org/p> ?c } ORDER BY DESC(?a) ?b ?c";
        List<String> a = column(dataset, query, "a");
        assertEquals(27_000, a.size());
        assertEquals("value number 9", a.get(0).replace("\"", ""));
        assertEquals("value number 0", a.get(a.size() - 1).replace("\"", ""));
    }
}

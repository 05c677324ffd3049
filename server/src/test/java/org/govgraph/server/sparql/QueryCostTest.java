package org.govgraph.server.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.apache.jena.query.QueryFactory;
import org.govgraph.server.pages.ExampleQueries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QueryCostTest {
    private static final String P =
            "PREFIX ex: <http://example.org/> PREFIX skos: <http://www.w3.org/2004/02/skos/core#> ";

    private static Optional<String> cost(String query) {
        return QueryCost.heavyReason(QueryFactory.create(P + query));
    }

    @Test
    void everyExampleQueryOfTheEditorIsLight() {
        List<ExampleQueries.Example> examples = ExampleQueries.all();
        assertEquals(14, examples.size());
        for (ExampleQueries.Example e : examples) {
            assertEquals(Optional.empty(), QueryCost.heavyReason(QueryFactory.create(e.query())), e.id());
        }
    }

    @ParameterizedTest
    @CsvSource(
            delimiterString = "=>",
            value = {
                "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }                    => cartesian product",
                "SELECT * WHERE { ?s a ex:Service . ?o a ex:Organisation }                            => cartesian product",
                "SELECT * WHERE { { ?s a ex:Service } { ?o a ex:Organisation } }                      => cartesian product",
                "SELECT * WHERE { ?s a ex:Service OPTIONAL { ?s ex:p ?x } { ?o ?p ?v } }              => cartesian product",
                "SELECT * WHERE { { SELECT ?k (COUNT(*) AS ?n) WHERE { ?x ex:kind ?k } GROUP BY ?k } ?s a ex:Service } => cartesian product",
                "SELECT (COUNT(*) AS ?n) WHERE { ?x (<urn:p>|!<urn:p>)* ?y }                          => unbounded property path",
                "SELECT * WHERE { ?x skos:broader+ ?y }                                               => unbounded property path",
                "SELECT * WHERE { ?x ex:a/ex:b* ?y }                                                  => unbounded property path",
                "SELECT * WHERE { ?s a ex:Service . ?s ex:org ?o . ?o ex:sub* ?top }                  => unbounded property path",
                "ASK { BIND(\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\" AS ?x) FILTER(REGEX(?x, \"(.*){1,32000}[bc]\")) }  => regular expression",
                "SELECT * WHERE { ?s ex:title ?t FILTER(REGEX(STR(?t), 'pass', 'i')) }                => regular expression",
                "SELECT (REPLACE(?t, 'a', 'b') AS ?u) WHERE { ?s ex:title ?t }                       => regular expression",
                "SELECT * WHERE { ?s ex:title ?t FILTER(<http://www.w3.org/2005/xpath-functions#matches>(?t, 'x')) } => regular expression",
                "SELECT * WHERE { ?s ex:title ?t FILTER EXISTS { ?s ex:alt ?a FILTER(REGEX(?a, 'x')) } } => regular expression",
            })
    void heavyShapesAreNamedInTheReason(String query, String reason) {
        assertTrue(cost(query).orElse("").contains(reason), query);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "SELECT * WHERE { ?s a ex:Service ; ex:title ?t } LIMIT 10",
                "SELECT * WHERE { <http://example.org/x> skos:broader* ?y }",
                "SELECT * WHERE { ?y skos:broader+ ex:top }",
                "SELECT * WHERE { ?x ex:a/ex:b ?y }",
                "ASK { ?s a ex:Service }",
                "SELECT * WHERE { ?s a ex:Service . ex:x ex:p ex:y }",
                "SELECT * WHERE { ?s ex:org ?o . ?o ex:name ?n . ?s ex:title ?t }",
                "SELECT * WHERE { VALUES ?year { 2020 2022 } ?s ex:label ?l }",
                "SELECT * WHERE { ?s ex:p ?o FILTER(?o > 3) BIND(1 AS ?one) }",
                "SELECT ?s ?share WHERE { { SELECT (COUNT(*) AS ?all) WHERE { ?x a ex:Service } } ?s ex:n ?n BIND(?n / ?all AS ?share) }",
                "SELECT * WHERE { { SELECT ?first WHERE { ?first a ex:Service } LIMIT 1 } ?s ex:n ?n }",
                "SELECT * WHERE { ?s ex:title ?t FILTER(REGEX('a constant', 'con')) }",
            })
    void connectedPatternsAndBoundPathsAreLight(String query) {
        assertEquals(Optional.empty(), cost(query), query);
    }
}

package org.govgraph.server.cache;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StableQueryTest {
    private static boolean stable(String query) {
        return StableQuery.isStable(QueryFactory.create("PREFIX ex: <http://example.org/> " + query, Syntax.syntaxARQ));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "SELECT ?service (COUNT(?now) AS ?n) WHERE { ?service ex:now ?now } GROUP BY ?service",
                "SELECT ?service WHERE { ?service a ex:Service FILTER(STRSTARTS(STR(?service), 'http')) }",
                "ASK { ?s ex:service ?o }",
                "CONSTRUCT { ?s ex:p [] } WHERE { ?s ex:q ?o }",
                "SELECT (SUM(IF(?x, 1, 0)) AS ?n) WHERE { ?s ex:flag ?x }",
                "DESCRIBE <http://example.org/service/1>"
            })
    void queriesThatOnlyReadTheDataAreStableWhateverTheirVariablesAreCalled(String query) {
        assertTrue(stable(query), query);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "SELECT (NOW() AS ?t) WHERE { }",
                "SELECT ?s WHERE { ?s ?p ?o } ORDER BY RAND()",
                "SELECT (UUID() AS ?u) WHERE { }",
                "SELECT ?s WHERE { ?s ?p ?o BIND(STRUUID() AS ?id) }",
                "SELECT ?s WHERE { ?s ?p ?o BIND(BNODE() AS ?b) }",
                "SELECT ?s WHERE { ?s ?p ?o BIND(BNODE(STR(?s)) AS ?b) }",
                "SELECT (SUM(RAND()) AS ?n) WHERE { ?s ?p ?o }",
                "SELECT ?s WHERE { ?s ?p ?o FILTER(?o < NOW()) }",
                "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }"
            })
    void queriesWhoseAnswerChangesBetweenEvaluationsAreNot(String query) {
        assertFalse(stable(query), query);
    }
}

package org.govgraph.search.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.govgraph.model.Iris;
import org.govgraph.model.store.Store;
import org.govgraph.search.LuceneSearchIndex;
import org.govgraph.search.SearchIndex;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code gg:search} in SPARQL, answered from the index, joined with graph patterns. */
class SearchPropertyFunctionTest {
    private static final String PREFIXES = "PREFIX gg: <https://w3id.org/govgraph/ns#> "
            + "PREFIX cpsv: <http://purl.org/vocab/cpsv#> PREFIX cv: <http://data.europa.eu/m8g/> ";
    private static Store store;
    private static SearchIndex index;

    @BeforeAll
    static void build() {
        store = Store.inMemory(Iris.defaults());
        org.govgraph.search.FixtureAccess.load(store);
        index = LuceneSearchIndex.inMemory(store);
        index.rebuild();
        SearchPropertyFunction.register(store.dataset().getContext(), index);
    }

    @AfterAll
    static void close() {
        index.close();
        store.close();
    }

    private static List<QuerySolution> select(String query) {
        return store.read(() -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset())
                    .query(PREFIXES + query)
                    .build()) {
                List<QuerySolution> out = new ArrayList<>();
                ResultSet rs = qe.execSelect();
                rs.forEachRemaining(out::add);
                return out;
            }
        });
    }

    private static Set<String> column(List<QuerySolution> rows, String var) {
        Set<String> out = new TreeSet<>();
        rows.forEach(r -> out.add(r.get(var).toString()));
        return out;
    }

    @Test
    void keywordMatchesJoinWithGraphPatterns() {
        Set<String> online = column(select("SELECT ?s { ?s gg:search \"passport\" ; gg:endToEndOnline true }"), "s");
        assertEquals(Set.of(service("ca/1001"), service("ca/1006")), online);
    }

    @Test
    void theSameQueriesAsTheSearchBox() {
        Set<String> sparql = column(select("SELECT ?s { ?s gg:search \"registration kind:service\" }"), "s");
        Set<String> api = new TreeSet<>();
        index.searchIris("registration kind:service", 100).forEach(h -> api.add(h.iri()));
        assertEquals(api, sparql);
        assertEquals(Set.of(service("ke/2001"), service("ke/2002")), sparql);
    }

    @Test
    void scoreAndLimit() {
        List<QuerySolution> rows =
                select("SELECT ?s ?score { (?s ?score) gg:search (\"passport\" 2) } ORDER BY DESC(?score)");
        assertEquals(2, rows.size());
        assertTrue(rows.get(0).getLiteral("score").getFloat()
                >= rows.get(1).getLiteral("score").getFloat());
        assertTrue(
                Set.of(service("ca/1001"), service("ca/1002"))
                        .contains(rows.get(0).get("s").toString()),
                "the best two have passport in their title");
    }

    @Test
    void aBoundSubjectIsTested() {
        assertEquals(
                1,
                select("SELECT * { BIND(<" + service("ca/1001") + "> AS ?s) ?s gg:search \"passport\" }")
                        .size());
        assertEquals(
                0,
                select("SELECT * { BIND(<" + service("ca/1003") + "> AS ?s) ?s gg:search \"passport\" }")
                        .size());
    }

    @Test
    void aMalformedSearchIsAQueryError() {
        QueryExecException e =
                assertThrows(QueryExecException.class, () -> select("SELECT ?s { ?s gg:search \"\\\"passport\" }"));
        assertTrue(e.getMessage().contains("quote"), e.getMessage());
    }

    @Test
    void globalRegistrationServesEveryDataset() {
        SearchPropertyFunction.register(index);
        try {
            assertTrue(PropertyFunctionRegistry.get().isRegistered(SearchPropertyFunction.IRI));
            assertEquals(
                    NodeFactory.createURI("https://w3id.org/govgraph/ns#search").getURI(), SearchPropertyFunction.IRI);
        } finally {
            PropertyFunctionRegistry.get().remove(SearchPropertyFunction.IRI);
        }
    }

    private static String service(String key) {
        return Iris.DEFAULT_BASE + "id/service/" + key;
    }
}

package org.govgraph.server.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QueryKeyTest {
    private static final String R1 = "r1";
    private static final String JSON = "application/sparql-results+json";
    private static final String COUNT = "PREFIX cpsv: <http://purl.org/vocab/cpsv#> "
            + "SELECT (COUNT(?s) AS ?n) WHERE { ?s a cpsv:PublicService }";

    private static QueryKey key(
            String release, String query, String accept, SortedMap<String, List<String>> parameters) {
        return QueryKey.sparql(release, "/sparql", query, accept, parameters)
                .orElseThrow(() -> new AssertionError(query));
    }

    private static QueryKey key(String query, String accept) {
        return key(R1, query, accept, new TreeMap<>());
    }

    private static QueryKey key(String query) {
        return key(query, JSON);
    }

    private static SortedMap<String, List<String>> parameters(String name, String... values) {
        SortedMap<String, List<String>> p = new TreeMap<>();
        p.put(name, List.of(values));
        return p;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        spacing and line breaks       | PREFIX cpsv: <http://purl.org/vocab/cpsv#>\\nSELECT   (COUNT(?s) AS ?n)\\n  WHERE {\\n\\t?s a cpsv:PublicService\\n}
        a comment                     | # services, all of them\\nPREFIX cpsv: <http://purl.org/vocab/cpsv#> SELECT (COUNT(?s) AS ?n) WHERE { ?s a cpsv:PublicService } # done
        keywords in lower case        | prefix cpsv: <http://purl.org/vocab/cpsv#> select (count(?s) as ?n) where { ?s a cpsv:PublicService }
        another prefix name           | PREFIX c: <http://purl.org/vocab/cpsv#> SELECT (COUNT(?s) AS ?n) WHERE { ?s a c:PublicService }
        the IRI written in full       | SELECT (COUNT(?s) AS ?n) WHERE { ?s a <http://purl.org/vocab/cpsv#PublicService> }
        an unused prefix              | PREFIX dct: <http://purl.org/dc/terms/> PREFIX cpsv: <http://purl.org/vocab/cpsv#> SELECT (COUNT(?s) AS ?n) WHERE { ?s a cpsv:PublicService }
        rdf:type instead of a         | PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> PREFIX cpsv: <http://purl.org/vocab/cpsv#> SELECT (COUNT(?s) AS ?n) WHERE { ?s rdf:type cpsv:PublicService }
        no WHERE keyword, a final dot | PREFIX cpsv: <http://purl.org/vocab/cpsv#> SELECT (COUNT(?s) AS ?n) { ?s a cpsv:PublicService . }
        """)
    void aQueryWrittenOtherwiseIsTheSameQuestion(String how, String query) {
        assertEquals(key(COUNT), key(query.replace("\\n", "\n").replace("\\t", "\t")), how);
        assertEquals(
                key(COUNT).etag(),
                key(query.replace("\\n", "\n").replace("\\t", "\t")).etag(),
                how);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        another variable name  | PREFIX cpsv: <http://purl.org/vocab/cpsv#> SELECT (COUNT(?s) AS ?count) WHERE { ?s a cpsv:PublicService }
        another class          | PREFIX cpsv: <http://purl.org/vocab/cpsv#> SELECT (COUNT(?s) AS ?n) WHERE { ?s a cpsv:Rule }
        DISTINCT               | PREFIX cpsv: <http://purl.org/vocab/cpsv#> SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a cpsv:PublicService }
        a LIMIT                | PREFIX cpsv: <http://purl.org/vocab/cpsv#> SELECT (COUNT(?s) AS ?n) WHERE { ?s a cpsv:PublicService } LIMIT 1
        ASK of the same        | PREFIX cpsv: <http://purl.org/vocab/cpsv#> ASK { ?s a cpsv:PublicService }
        a relative IRI         | SELECT (COUNT(?s) AS ?n) WHERE { ?s a <PublicService> }
        """)
    void anotherQuestionIsAnotherKey(String how, String query) {
        assertNotEquals(key(COUNT), key(query), how);
        assertNotEquals(key(COUNT).etag(), key(query).etag(), how);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        the type itself                    | application/sparql-results+json
        with a lower second choice         | application/sparql-results+json, text/csv;q=0.5
        after a wildcard of lower quality  | */*;q=0.1, application/sparql-results+json
        with a parameter of the range      | application/sparql-results+json;q=1.0
        """)
    void acceptHeadersThatPickTheSameFormatShareAnEntry(String how, String accept) {
        assertEquals(key(COUNT, JSON), key(COUNT, accept), how);
    }

    @Test
    void noAcceptHeaderIsFusekisDefaultFormat() {
        assertEquals(key(COUNT, "application/sparql-results+xml"), key(COUNT, null));
        String describe = "DESCRIBE <http://example.org/s>";
        assertEquals(key(describe, "text/turtle"), key(describe, null));
    }

    @Test
    void eachFormatIsItsOwnEntry() {
        assertNotEquals(key(COUNT, JSON), key(COUNT, "application/sparql-results+xml"));
        assertNotEquals(key(COUNT, JSON), key(COUNT, "text/csv"));
        assertEquals("text/csv", key(COUNT, "text/csv").format());
    }

    @Test
    void prefixNamesCountWhereTheAnswerPrintsThem() {
        String construct =
                "PREFIX %s: <http://purl.org/vocab/cpsv#> CONSTRUCT { ?s a %<s:PublicService } WHERE { ?s a %<s:PublicService }";
        assertNotEquals(key(construct.formatted("cpsv"), "text/turtle"), key(construct.formatted("c"), "text/turtle"));
        String select = "PREFIX %s: <http://purl.org/vocab/cpsv#> SELECT ?s WHERE { ?s a %<s:PublicService }";
        assertNotEquals(key(select.formatted("cpsv"), "text/plain"), key(select.formatted("c"), "text/plain"));
        assertEquals(key(select.formatted("cpsv"), JSON), key(select.formatted("c"), JSON));
        assertNotEquals(
                key(R1, select.formatted("cpsv"), JSON, parameters("output", "text")),
                key(R1, select.formatted("c"), JSON, parameters("output", "text")));
    }

    @Test
    void theReleaseAndTheOtherParametersArePartOfTheKey() {
        QueryKey r1 = key(COUNT);
        QueryKey r2 = key("r2", COUNT, JSON, new TreeMap<>());
        assertNotEquals(r1, r2);
        assertTrue(r2.etag().startsWith("\"r2-"), r2.etag());
        assertNotEquals(r1.etag(), r2.etag());
        assertNotEquals(
                key(R1, COUNT, JSON, parameters("default-graph-uri", "http://example.org/a")),
                key(R1, COUNT, JSON, parameters("default-graph-uri", "http://example.org/b")));
    }

    @Test
    void aFormatNamedByAParameterIsKeyedByThatParameter() {
        QueryKey byParameter = key(R1, COUNT, JSON, parameters("output", "csv"));
        assertEquals(
                byParameter, key(R1, COUNT, "text/csv", parameters("output", "csv")), "Fuseki ignores Accept then");
        assertNotEquals(byParameter, key(R1, COUNT, JSON, parameters("output", "json")));
        // A blank output= names nothing: Fuseki negotiates by Accept, and so does the key.
        assertEquals(JSON, key(R1, COUNT, JSON, parameters("output", " ")).format());
        assertNotEquals(
                key(R1, COUNT, JSON, parameters("output", " ")), key(R1, COUNT, "text/csv", parameters("output", " ")));
    }

    @Test
    void queriesWhoseAnswerIsNotKeptHaveNoKey() {
        assertEquals(Optional.empty(), QueryKey.sparql(R1, "/sparql", "SELECT ?x WHERE {", JSON, new TreeMap<>()));
        assertEquals(
                Optional.empty(), QueryKey.sparql(R1, "/sparql", "SELECT (NOW() AS ?t) {}", JSON, new TreeMap<>()));
        assertEquals(
                Optional.empty(),
                QueryKey.sparql(R1, "/sparql", COUNT, "image/png", new TreeMap<>()),
                "no format fits: a 406, not an answer");
    }

    @Test
    void entityPagesAndTheApiAreKeyedByTheFormatTheyAnswerIn() {
        QueryKey html = QueryKey.route(R1, "/id/service/ca/1", "text/html,application/xhtml+xml;q=0.9", new TreeMap<>())
                .orElseThrow();
        assertEquals(
                html,
                QueryKey.route(R1, "/id/service/ca/1", null, new TreeMap<>()).orElseThrow());
        assertNotEquals(
                html,
                QueryKey.route(R1, "/id/service/ca/1", "text/turtle", new TreeMap<>())
                        .orElseThrow());
        assertEquals(
                QueryKey.route(R1, "/api/search", "application/json", parameters("q", "tax")),
                QueryKey.route(R1, "/api/search", "*/*", parameters("q", "tax")));
        assertEquals(Optional.empty(), QueryKey.route(R1, "/api/search", "text/csv", parameters("q", "tax")));
    }
}

package org.govgraph.ingest.canada;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.ModelFactory;
import org.govgraph.model.vocab.Prefixes;

/** Fixture paths and SPARQL over a produced graph, shared by the Canada adapter tests. */
final class CanadaTestSupport {
    private CanadaTestSupport() {}

    /** A fixture under {@code src/test/resources/canada/}. */
    static Path fixture(String name) {
        try {
            return Path.of(CanadaTestSupport.class
                    .getClassLoader()
                    .getResource("canada/" + name)
                    .toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing fixture canada/" + name, e);
        }
    }

    /** The rows of a SELECT with the standard prefixes, over one graph. */
    static List<QuerySolution> select(Graph graph, String query) {
        try (QueryExecution qe =
                QueryExecution.create(Prefixes.sparqlPrologue() + query, ModelFactory.createModelForGraph(graph))) {
            List<QuerySolution> rows = new ArrayList<>();
            qe.execSelect().forEachRemaining(rows::add);
            return rows;
        }
    }

    /** The single value of a one-variable, one-row SELECT, as a string (lexical form or IRI). */
    static String one(Graph graph, String query) {
        List<QuerySolution> rows = select(graph, query);
        if (rows.size() != 1) {
            throw new AssertionError("expected one row, got " + rows.size() + " for " + query);
        }
        QuerySolution s = rows.get(0);
        var node = s.get(s.varNames().next());
        return node.isLiteral() ? node.asLiteral().getLexicalForm() : node.toString();
    }

    /** The count from {@code SELECT (COUNT(...) AS ?n)}. */
    static long count(Graph graph, String query) {
        return Long.parseLong(one(graph, query));
    }
}

package org.govgraph.model.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

class GraphDigestTest {
    private static Triple t(String s, String o) {
        return Triple.create(
                NodeFactory.createURI("http://x/" + s),
                NodeFactory.createURI("http://x/p"),
                NodeFactory.createLiteralString(o));
    }

    private static Graph graph(Triple... triples) {
        Graph g = GraphFactory.createDefaultGraph();
        for (Triple t : triples) {
            g.add(t);
        }
        return g;
    }

    @Test
    void theSameTriplesInAnyOrderHaveTheSameDigestAndAChangedOneDoesNot() {
        GraphDigest a = GraphDigest.of(graph(t("a", "1"), t("b", "2"), t("c", "3")));
        assertEquals(a, GraphDigest.of(graph(t("c", "3"), t("a", "1"), t("b", "2"))));
        assertEquals(3, a.triples());
        assertNotEquals(a, GraphDigest.of(graph(t("a", "1"), t("b", "2"), t("c", "4"))));
        assertNotEquals(a, GraphDigest.of(graph(t("a", "1"), t("b", "2"))));
    }
}

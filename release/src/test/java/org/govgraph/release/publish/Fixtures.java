package org.govgraph.release.publish;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.govgraph.model.Iris;
import org.govgraph.model.store.Release;
import org.govgraph.model.store.Store;

/** Small stores for the catalog tests: Turtle fixtures under {@code catalog/} ingested as releases. */
public final class Fixtures {
    public static final String LICENSE = "https://creativecommons.org/licenses/by/4.0/";

    private Fixtures() {}

    /** The SHA-256 of some bytes, in lowercase hexadecimal, as the catalog gives it. */
    public static String sha256(byte[] bytes) throws java.security.NoSuchAlgorithmException {
        return java.util.HexFormat.of()
                .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    /** The fixture graph {@code catalog/{name}}. */
    public static Graph graph(String name) {
        Graph g = GraphFactory.createDefaultGraph();
        try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream("catalog/" + name)) {
            if (in == null) {
                throw new IllegalStateException("No fixture catalog/" + name);
            }
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
        return g;
    }

    /** Ingests a graph as a new release of {@code sourceId}, with the series description the ingest records. */
    public static Release ingest(Store store, String sourceId, Graph content, Instant at) {
        return store.replaceSource(
                sourceId, content, release -> describe(store.iris(), sourceId, release.releaseId()), at);
    }

    public static Release ingest(Store store, String sourceId, String fixture, Instant at) {
        return ingest(store, sourceId, graph(fixture), at);
    }

    private static Graph describe(Iris iris, String sourceId, String releaseId) {
        Graph g = GraphFactory.createDefaultGraph();
        Node series = iris.dataset(sourceId);
        g.add(Triple.create(
                series, DCTerms.title.asNode(), NodeFactory.createLiteralLang("Test source " + sourceId, "en")));
        g.add(Triple.create(
                series,
                DCTerms.description.asNode(),
                NodeFactory.createLiteralLang("A <b>small</b> & \"quoted\" fixture", "en")));
        g.add(Triple.create(series, DCTerms.publisher.asNode(), NodeFactory.createLiteralString("Fixture Office")));
        g.add(Triple.create(series, DCTerms.license.asNode(), NodeFactory.createURI(LICENSE)));
        // What the ingest of a Canadian source records: the jurisdiction whose services it lists.
        if (sourceId.startsWith("ca-")) {
            g.add(Triple.create(iris.release(sourceId, releaseId), DCTerms.spatial.asNode(), iris.country("CAN")));
        }
        return g;
    }
}

package org.govgraph.search;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.govgraph.model.Iris;
import org.govgraph.model.store.Store;

/** The small fixture graph of the search tests: four sources in Turtle under {@code fixtures/}, loaded as the ingest would. */
final class Fixture {
    /** Source id -> the title of its data set series. */
    static final Map<String, String> SOURCES = Map.of(
            "un-egdi", "UN E-Government Survey",
            "my-psdsp", "Malaysia public sector digitalisation figures",
            "ca-si", "Canada service inventory",
            "ke-ecitizen", "Kenya eCitizen services");

    static final List<String> ORDER = List.of("un-egdi", "my-psdsp", "ca-si", "ke-ecitizen");

    /** 10 services, 5 organisations, 3 countries, 4 series + 2 cubes, 2 indicators. */
    static final int ENTITIES = 26;

    static final String BASE = "http://localhost:8080/";

    private Fixture() {}

    /** An in-memory store holding every fixture source. */
    static Store store() {
        Store store = Store.inMemory(Iris.defaults());
        ORDER.forEach(id -> load(store, id));
        return store;
    }

    /** Replaces one source's graph with its fixture, as an ingest would (moving the store's release). */
    static void load(Store store, String sourceId) {
        load(store, sourceId, read(sourceId));
    }

    static void load(Store store, String sourceId, Graph content) {
        store.replaceSource(sourceId, content, release -> {
            Graph catalog = GraphFactory.createDefaultGraph();
            catalog.add(Triple.create(
                    store.iris().dataset(sourceId),
                    DCTerms.title.asNode(),
                    NodeFactory.createLiteralLang(SOURCES.get(sourceId), "en")));
            return catalog;
        });
    }

    static Graph read(String sourceId) {
        String resource = "fixtures/" + sourceId + ".ttl";
        try (InputStream in = Fixture.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing test resource " + resource);
            }
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
            return g;
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String iri(String path) {
        return BASE + "id/" + path;
    }
}

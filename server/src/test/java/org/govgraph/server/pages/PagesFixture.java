package org.govgraph.server.pages;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.govgraph.model.Iris;
import org.govgraph.model.store.Store;
import org.govgraph.search.LuceneSearchIndex;
import org.govgraph.search.SearchIndex;

/** A small in-memory store for page tests: three sources from {@code src/test/resources/pages/}, indexed. */
final class PagesFixture implements AutoCloseable {
    static final List<String> SOURCES = List.of("un-egdi", "ca-si", "ke-ecitizen");

    final Store store;
    final SearchIndex index;

    PagesFixture() {
        store = Store.inMemory(Iris.defaults());
        for (String source : SOURCES) {
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.source("pages/" + source + ".ttl").parse(g);
            store.replaceSource(source, g, null);
        }
        index = LuceneSearchIndex.inMemory(store);
        index.ensureCurrent();
    }

    @Override
    public void close() {
        index.close();
        store.close();
    }
}

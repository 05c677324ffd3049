package org.govgraph.server.pages;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.govgraph.ingest.ServiceStatistics;
import org.govgraph.model.Iris;
import org.govgraph.model.store.Store;
import org.govgraph.model.store.TripleSource;
import org.govgraph.search.LuceneSearchIndex;
import org.govgraph.search.SearchIndex;

/** A small in-memory store for page tests: three sources from {@code src/test/resources/pages/}, each with its statistics cube, indexed. */
final class PagesFixture implements AutoCloseable {
    static final List<String> SOURCES = List.of("un-egdi", "ca-si", "ke-ecitizen");

    final Store store;
    final SearchIndex index;

    PagesFixture() {
        store = Store.inMemory(Iris.defaults());
        for (String source : SOURCES) {
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.source("pages/" + source + ".ttl").parse(g);
            // With the statistics cube, as the ingest writes it: examples 03 and 08 answer from it.
            store.replaceSource(
                    source,
                    TripleSource.withDerivation(
                            TripleSource.of(g), stored -> ServiceStatistics.of(stored, store.iris(), source)),
                    null);
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

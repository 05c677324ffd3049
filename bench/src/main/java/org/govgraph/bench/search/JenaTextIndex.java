package org.govgraph.bench.search;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.lucene.store.FSDirectory;
import org.govgraph.model.store.Store;

/**
 * The jena-text peer: a Lucene index over {@code dct:title} (jena-text's defaults:
 * standard analyzer, one field) built from the same store, and a text dataset over the
 * same TDB2 dataset, so that {@code text:query} runs on the same data as govgraph's index.
 */
final class JenaTextIndex implements AutoCloseable {
    private final TextIndex index;
    private final Dataset dataset;
    private final long entities;

    private JenaTextIndex(TextIndex index, Dataset dataset, long entities) {
        this.index = index;
        this.dataset = dataset;
        this.entities = entities;
    }

    static JenaTextIndex build(Store store, Path dir) throws IOException {
        EntityDefinition definition = new EntityDefinition("uri", "title", DCTerms.title);
        TextIndex index = TextDatasetFactory.createLuceneIndex(FSDirectory.open(dir), new TextIndexConfig(definition));
        long[] count = {0};
        store.read(() -> {
            store.datasetGraph()
                    .find(Node.ANY, Node.ANY, DCTerms.title.asNode(), Node.ANY)
                    .forEachRemaining(quad -> {
                        Entity entity = TextQueryFuncs.entityFromQuad(definition, quad);
                        if (entity != null) {
                            index.addEntity(entity);
                            count[0]++;
                        }
                    });
            return null;
        });
        index.commit();
        return new JenaTextIndex(index, TextDatasetFactory.create(store.dataset(), index), count[0]);
    }

    /** The text dataset: the store's dataset with {@code text:query} answered from this index. */
    Dataset dataset() {
        return dataset;
    }

    long entities() {
        return entities;
    }

    @Override
    public void close() {
        index.close();
    }
}

package org.govgraph.search;

import java.nio.file.Path;
import org.govgraph.model.store.Store;
import org.govgraph.search.opensearch.OpenSearchCluster;

/**
 * Where the search index of each release is kept, as chosen by {@code govgraph serve --search}:
 * {@code lucene} (in-process, in the release's directory, the default) or
 * {@code opensearch=http://HOST:PORT[,HOST:PORT...]} (an index per release in that cluster).
 */
@FunctionalInterface
public interface SearchBackend extends AutoCloseable {
    /** The in-process Lucene index: in {@code RELEASE_DIR/index}, or in memory for a release without a directory. */
    SearchBackend LUCENE = (store, releaseDir) -> releaseDir == null
            ? LuceneSearchIndex.inMemory(store)
            : LuceneSearchIndex.open(store, releaseDir.resolve("index"));

    /** The index of a release's store; {@code releaseDir} is null for a release held in memory. */
    SearchIndex forRelease(Store store, Path releaseDir);

    /** Lets go of what the backend holds (a cluster's connections); the indices stay. */
    @Override
    default void close() {}

    /** Every release's index in {@code cluster}, which this backend closes when it is closed. */
    static SearchBackend openSearch(OpenSearchCluster cluster) {
        return new SearchBackend() {
            @Override
            public SearchIndex forRelease(Store store, Path releaseDir) {
                return OpenSearchIndex.open(cluster, store);
            }

            @Override
            public void close() {
                cluster.close();
            }
        };
    }

    /**
     * The backend a {@code --search} value names: {@code lucene}, or {@code opensearch=} and the
     * cluster's nodes; an {@link IllegalArgumentException} that says what to write otherwise.
     */
    static SearchBackend parse(String spec) {
        String s = spec == null ? "lucene" : spec.strip();
        if (s.equalsIgnoreCase("lucene")) {
            return LUCENE;
        }
        if (s.toLowerCase(java.util.Locale.ROOT).startsWith("opensearch=")) {
            return openSearch(OpenSearchCluster.connect(s.substring("opensearch=".length())));
        }
        throw new IllegalArgumentException(
                "--search takes lucene or opensearch=http://HOST:PORT[,HOST:PORT...]; got '" + spec + "'.");
    }
}

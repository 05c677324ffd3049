package org.govgraph.search;

import org.govgraph.model.store.Store;

/** The search suite on the in-process Lucene index. */
class LuceneSearchIndexSearchTest extends SearchIndexSearchCases {
    @Override
    protected SearchIndex open(Store store) {
        return LuceneSearchIndex.inMemory(store);
    }
}

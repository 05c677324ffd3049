package org.govgraph.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.govgraph.model.store.Store;
import org.govgraph.search.analysis.Analyzers;
import org.govgraph.search.analysis.Fields;
import org.govgraph.search.index.DocumentMaker;
import org.govgraph.search.index.EntityReader;
import org.govgraph.search.index.SearchIndexCodec;
import org.govgraph.search.query.QueryTranslator;
import org.govgraph.search.query.SearchLimits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The keyword index of a store: one Lucene document per service, organisation, country,
 * data set and indicator, built from the store only and stamped with the store release it
 * was built from.
 *
 * <p>Freshness: {@link #rebuild()} writes a whole new index into the same directory
 * ({@code OpenMode.CREATE}) and makes it visible with one Lucene commit that carries the
 * store's release id in its user data. Lucene's commit is atomic, so after a crash the
 * directory holds either the previous complete index with its previous stamp (which
 * {@link #isCurrent()} then reports as stale) or the new one, never a mix.
 *
 * <p>Thread safety: searches and suggestions may run from any number of threads
 * (searchers come from a {@link SearcherManager}); rebuilds are serialised and swap the
 * searcher only when complete.
 */
public final class LuceneSearchIndex implements SearchIndex {
    /** The commit user-data key of the store release the index was built from. */
    public static final String STAMP_KEY = "govgraph.storeRelease";

    private static final Logger LOG = LoggerFactory.getLogger(LuceneSearchIndex.class);

    private final Store store;
    private final Directory directory;
    private final String location;
    private final Analyzer indexAnalyzer = Analyzers.forIndexing();
    private final Analyzer queryAnalyzer = Analyzers.forQuerying();
    private final QueryTranslator translator = new QueryTranslator(queryAnalyzer);
    private final FacetsConfig facetsConfig = DocumentMaker.facetsConfig();
    private final SearcherManager searchers;
    private final Object writeLock = new Object();
    /** Facet state and labels of the reader searches use now; replaced when the reader changes. */
    private volatile ReaderView view;

    /** What belongs to one index reader: the facet state and the facet-value labels. */
    private record ReaderView(IndexReader reader, SortedSetDocValuesReaderState facetState, FacetLabels labels) {}

    private LuceneSearchIndex(Store store, Directory directory, String location) {
        this.store = Objects.requireNonNull(store, "store");
        this.directory = directory;
        this.location = location;
        try {
            if (!DirectoryReader.indexExists(directory)) {
                // An empty, unstamped index, so that readers can open; ensureCurrent() fills it.
                try (IndexWriter w = new IndexWriter(directory, writerConfig())) {
                    w.setLiveCommitData(Map.of(STAMP_KEY, "").entrySet());
                    w.commit();
                }
            }
            this.searchers = new SearcherManager(SearchLimits.deadlineChecked(DirectoryReader.open(directory)), null);
        } catch (IOException e) {
            throw new SearchIndexException("Cannot open the search index in " + location + ": " + e.getMessage(), e);
        }
    }

    /** Opens the index in {@code indexDir}, creating an empty one there if there is none. */
    public static LuceneSearchIndex open(Store store, Path indexDir) {
        try {
            return new LuceneSearchIndex(store, FSDirectory.open(indexDir), indexDir.toString());
        } catch (IOException e) {
            throw new SearchIndexException(
                    "Cannot open the search index directory " + indexDir + ": " + e.getMessage(), e);
        }
    }

    /** An index held in memory, for tests and stores without a directory. */
    public static LuceneSearchIndex inMemory(Store store) {
        return new LuceneSearchIndex(store, new ByteBuffersDirectory(), "memory");
    }

    /** The index for a store: in {@code DIR/index} for a store on disk, else in memory. */
    public static LuceneSearchIndex forStore(Store store) {
        return store.directory().map(d -> open(store, d.resolve("index"))).orElseGet(() -> inMemory(store));
    }

    /** The store release this index was built from, {@code ""} if none. */
    public String stamp() {
        IndexSearcher s = acquire();
        try {
            return ((DirectoryReader) s.getIndexReader())
                    .getIndexCommit()
                    .getUserData()
                    .getOrDefault(STAMP_KEY, "");
        } catch (IOException e) {
            throw new SearchIndexException("Cannot read the search index's stamp: " + e.getMessage(), e);
        } finally {
            release(s);
        }
    }

    /** Whether the index was built from the store's current release. */
    public boolean isCurrent() {
        return stamp().equals(store.release().orElse(""));
    }

    /**
     * Builds the index anew from the store and commits it, with the store's release as its
     * stamp, in one Lucene commit. The store is read in one read transaction, so the stamp
     * names exactly the state that was indexed. On failure the previous index stays as it was.
     */
    public void rebuild() {
        synchronized (writeLock) {
            long started = System.nanoTime();
            int[] count = {0};
            IndexWriter writer;
            try {
                writer = new IndexWriter(directory, writerConfig().setOpenMode(IndexWriterConfig.OpenMode.CREATE));
            } catch (IOException e) {
                throw new SearchIndexException(
                        "Cannot write the search index in " + location + ": " + e.getMessage(), e);
            }
            try {
                DocumentMaker maker = new DocumentMaker(facetsConfig);
                String release = store.read(() -> {
                    new EntityReader(store.datasetGraph(), store.iris()).forEach(entity -> {
                        try {
                            writer.addDocument(maker.entity(entity));
                            count[0]++;
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
                    return store.release().orElse("");
                });
                writer.addDocuments(maker.labelDocuments());
                writer.setLiveCommitData(Map.of(
                                STAMP_KEY,
                                release,
                                "govgraph.built",
                                Instant.now().toString())
                        .entrySet());
                writer.commit();
                writer.close();
                searchers.maybeRefreshBlocking();
                LOG.info(
                        "Search index built from store release '{}': {} entities in {} ms",
                        release,
                        count[0],
                        (System.nanoTime() - started) / 1_000_000);
            } catch (IOException | RuntimeException e) {
                try {
                    writer.rollback();
                } catch (IOException suppressed) {
                    e.addSuppressed(suppressed);
                }
                if (e instanceof SearchException se) {
                    throw se;
                }
                throw new SearchIndexException(
                        "Cannot build the search index in " + location + ": " + e.getMessage(), e);
            }
        }
    }

    /** Rebuilds the index when its stamp differs from the store's release; true if it did. */
    public boolean ensureCurrent() {
        synchronized (writeLock) {
            String stamp = stamp();
            String release = store.release().orElse("");
            if (stamp.equals(release)) {
                return false;
            }
            LOG.info("Search index is at store release '{}' but the store is at '{}': rebuilding it", stamp, release);
            rebuild();
            return true;
        }
    }

    /** Searches the index, within {@link SearchLimits} and {@code deadline}. */
    @Override
    public SearchResponse search(SearchRequest request, Duration deadline) {
        return SearchLimits.run(() -> searchNow(request), deadline);
    }

    private SearchResponse searchNow(SearchRequest request) {
        List<Facet> facets = RequestChecks.facets(request);
        Query words = translator.parse(request.q());
        List<Query> filters =
                request.filters().stream().map(translator::exactFilter).toList();

        IndexSearcher searcher = acquire();
        try {
            ReaderView v = view(searcher);
            int needed = request.page() * request.size();
            Query query = restrict(words, filters);
            Collected results = collect(searcher, query, needed, !facets.isEmpty());
            Matched matched = Matched.ALL;
            long found = results.top().totalHits.value;
            if (found < FEW) {
                Optional<Fallback.Answer> wider = widen(searcher, request.q(), words, filters, found);
                if (wider.isPresent()) {
                    query = wider.get().query();
                    matched = wider.get().matched();
                    results = collect(searcher, query, needed, !facets.isEmpty());
                }
            }
            TopDocs top = results.top();
            int from = Math.min((request.page() - 1) * request.size(), top.scoreDocs.length);
            ScoreDoc[] page = java.util.Arrays.copyOfRange(top.scoreDocs, from, top.scoreDocs.length);
            List<SearchHit> hits = hits(searcher, query, page, request.lang());
            Map<String, List<FacetCount>> counts = facetCounts(v, results.facets(), facets, request.lang());
            return new SearchResponse(
                    request.q(), top.totalHits.value, request.page(), request.size(), hits, counts, matched);
        } catch (IOException e) {
            throw new SearchIndexException("The search index could not be read: " + e.getMessage(), e);
        } catch (IndexSearcher.TooManyClauses e) {
            throw new QuerySyntaxException(
                    "The query matches too many different words (a prefix* that is too short?): "
                            + "use longer words or fewer wildcards.",
                    e);
        } finally {
            release(searcher);
        }
    }

    /** The IRIs of the best {@code limit} matches of a query in the search syntax, for SPARQL. */
    public List<ScoredIri> searchIris(String q, int limit) {
        return SearchLimits.run(() -> searchIrisNow(q, limit));
    }

    private List<ScoredIri> searchIrisNow(String q, int limit) {
        if (limit < 1) {
            return List.of();
        }
        Query words = translator.parse(q);
        IndexSearcher searcher = acquire();
        try {
            TopDocs top = searcher.search(restrict(words, List.of()), limit);
            if (top.totalHits.value < FEW) {
                Optional<Fallback.Answer> wider = widen(searcher, q, words, List.of(), top.totalHits.value);
                if (wider.isPresent()) {
                    top = searcher.search(wider.get().query(), limit);
                }
            }
            StoredFields stored = searcher.storedFields();
            List<ScoredIri> out = new ArrayList<>();
            for (ScoreDoc sd : top.scoreDocs) {
                out.add(new ScoredIri(
                        stored.document(sd.doc, java.util.Set.of(Fields.IRI)).get(Fields.IRI), sd.score));
            }
            return out;
        } catch (IOException e) {
            throw new SearchIndexException("The search index could not be read: " + e.getMessage(), e);
        } finally {
            release(searcher);
        }
    }

    /**
     * Titles that contain words starting with what was typed (every word typed must be the
     * start of a word of the title), best first; the title is given in {@code lang} if the
     * entity has one, else in any language.
     */
    public List<Suggestion> suggest(String prefix, String lang, int limit) {
        if (prefix == null || prefix.isBlank() || limit < 1) {
            return List.of();
        }
        String language = lang == null || lang.isBlank() ? "en" : lang;
        Query typed =
                new QueryBuilder(queryAnalyzer).createBooleanQuery(Fields.SUGGEST, prefix, BooleanClause.Occur.MUST);
        if (typed == null) {
            return List.of();
        }
        IndexSearcher searcher = acquire();
        try {
            TopDocs top = searcher.search(restrict(typed, List.of()), Math.min(limit, SearchRequest.MAX_SIZE));
            StoredFields stored = searcher.storedFields();
            List<Suggestion> out = new ArrayList<>();
            for (ScoreDoc sd : top.scoreDocs) {
                out.add(HitMaker.suggestion(stored.document(sd.doc), language));
            }
            return out;
        } catch (IOException e) {
            throw new SearchIndexException("The search index could not be read: " + e.getMessage(), e);
        } finally {
            release(searcher);
        }
    }

    @Override
    public void close() {
        synchronized (writeLock) {
            try {
                searchers.close();
                directory.close();
            } catch (IOException e) {
                throw new SearchIndexException(
                        "Cannot close the search index in " + location + ": " + e.getMessage(), e);
            }
        }
    }

    // --- internals -------------------------------------------------------------------------

    private Optional<Fallback.Answer> widen(
            IndexSearcher searcher, String q, Query words, List<Query> filters, long found) throws IOException {
        return Fallback.widen(
                translator,
                q,
                words,
                filters,
                found,
                QueryTranslator.knownIn(searcher.getIndexReader()),
                searcher::count);
    }

    private IndexWriterConfig writerConfig() {
        return new IndexWriterConfig(indexAnalyzer).setCodec(new SearchIndexCodec());
    }

    private static Query restrict(Query words, List<Query> filters) {
        return QueryTranslator.entities(words, filters);
    }

    /** The top documents of a search, with every match's id for the facet counts when facets were asked for. */
    private record Collected(TopDocs top, FacetsCollector facets) {}

    private static Collected collect(IndexSearcher searcher, Query query, int needed, boolean facets)
            throws IOException {
        // totalHitsThreshold MAX_VALUE: the total is counted exactly, not estimated.
        var top = new TopScoreDocCollectorManager(needed, null, Integer.MAX_VALUE);
        if (!facets) {
            // No facet asked for, no match's id recorded: that costs a bit set per segment and a pass over it.
            return new Collected(searcher.search(query, top), null);
        }
        Object[] both = searcher.search(query, new MultiCollectorManager(top, new FacetsCollectorManager()));
        return new Collected((TopDocs) both[0], (FacetsCollector) both[1]);
    }

    private List<SearchHit> hits(IndexSearcher searcher, Query query, ScoreDoc[] page, String lang) throws IOException {
        StoredFields stored = searcher.storedFields();
        List<Document> docs = new ArrayList<>(page.length);
        for (ScoreDoc sd : page) {
            docs.add(stored.document(sd.doc));
        }
        List<SnippetMaker.Highlights> highlights =
                new SnippetMaker(searcher, indexAnalyzer).highlight(query, page, docs, lang);
        List<SearchHit> hits = new ArrayList<>();
        for (int i = 0; i < page.length; i++) {
            hits.add(HitMaker.hit(docs.get(i), page[i].score, highlights.get(i), lang));
        }
        return hits;
    }

    /** The counts of {@code wanted} over the matches in {@code fc}, which is null (and unread) when none is wanted. */
    private Map<String, List<FacetCount>> facetCounts(ReaderView v, FacetsCollector fc, List<Facet> wanted, String lang)
            throws IOException {
        Map<String, List<FacetCount>> out = new LinkedHashMap<>();
        if (wanted.isEmpty()) {
            return out;
        }
        Facets counts = v.facetState() == null ? null : new SortedSetDocValuesFacetCounts(v.facetState(), fc);
        for (Facet f : wanted) {
            List<FacetCount> list = new ArrayList<>();
            FacetResult r = counts == null ? null : topChildren(counts, f);
            if (r != null) {
                for (LabelAndValue lv : r.labelValues) {
                    list.add(new FacetCount(lv.label, v.labels().label(f, lv.label, lang), lv.value.longValue()));
                }
            }
            out.put(f.id(), list);
        }
        return out;
    }

    private static FacetResult topChildren(Facets counts, Facet f) throws IOException {
        try {
            return counts.getTopChildren(FACET_VALUES, f.id());
        } catch (IllegalArgumentException e) {
            // No document of this index has the dimension at all (e.g. no service yet): no values.
            return null;
        }
    }

    private ReaderView view(IndexSearcher searcher) throws IOException {
        IndexReader reader = searcher.getIndexReader();
        ReaderView current = view;
        if (current != null && current.reader() == reader) {
            return current;
        }
        synchronized (this) {
            if (view != null && view.reader() == reader) {
                return view;
            }
            SortedSetDocValuesReaderState state;
            try {
                state = new DefaultSortedSetDocValuesReaderState(reader, facetsConfig);
            } catch (IllegalArgumentException e) {
                state = null; // an empty index has no facet field yet
            }
            view = new ReaderView(reader, state, readLabels(searcher));
            return view;
        }
    }

    private static FacetLabels readLabels(IndexSearcher searcher) throws IOException {
        FacetLabels.Reader labels = new FacetLabels.Reader();
        TermQuery q = new TermQuery(new Term(Fields.DOCTYPE, Fields.LABEL));
        int n = Math.max(1, searcher.count(q));
        StoredFields stored = searcher.storedFields();
        for (ScoreDoc sd : searcher.search(q, n).scoreDocs) {
            Document d = stored.document(sd.doc);
            labels.add(d);
        }
        return labels.labels();
    }

    private IndexSearcher acquire() {
        try {
            return searchers.acquire();
        } catch (IOException e) {
            throw new SearchIndexException("The search index could not be opened: " + e.getMessage(), e);
        } catch (org.apache.lucene.store.AlreadyClosedException e) {
            throw new SearchIndexException("The search index is closed.", e);
        }
    }

    private void release(IndexSearcher s) {
        try {
            searchers.release(s);
        } catch (IOException e) {
            throw new SearchIndexException("The search index could not release a searcher: " + e.getMessage(), e);
        }
    }
}

package org.govgraph.search;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.govgraph.model.store.Store;
import org.govgraph.search.analysis.Analyzers;
import org.govgraph.search.analysis.Fields;
import org.govgraph.search.index.DocumentMaker;
import org.govgraph.search.index.EntityReader;
import org.govgraph.search.opensearch.IndexDefinition;
import org.govgraph.search.opensearch.OpenSearchCluster;
import org.govgraph.search.opensearch.QueryDsl;
import org.govgraph.search.opensearch.SearchDeadline;
import org.govgraph.search.opensearch.SourceDocuments;
import org.govgraph.search.query.QueryTranslator;
import org.govgraph.search.query.SearchLimits;
import org.opensearch.client.json.JsonData;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.OpenSearchException;
import org.opensearch.client.opensearch._types.SearchType;
import org.opensearch.client.opensearch._types.SortOrder;
import org.opensearch.client.opensearch._types.aggregations.Aggregate;
import org.opensearch.client.opensearch._types.aggregations.Aggregation;
import org.opensearch.client.opensearch._types.aggregations.StringTermsBucket;
import org.opensearch.client.opensearch.core.BulkResponse;
import org.opensearch.client.opensearch.core.bulk.BulkOperation;
import org.opensearch.client.opensearch.core.bulk.BulkResponseItem;
import org.opensearch.client.opensearch.core.search.Hit;
import org.opensearch.client.opensearch.indices.GetAliasResponse;
import org.opensearch.client.opensearch.indices.update_aliases.Action;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The search index of a store kept in an OpenSearch cluster, with the behaviour of
 * {@link LuceneSearchIndex}: the question is parsed and analysed here by the same
 * {@link QueryTranslator} and sent as the equivalent query DSL ({@link QueryDsl}), facets are
 * {@code terms} aggregations, the fallbacks are the same ({@link Fallback}), and titles and
 * snippets are made from the hits' sources by the same code (highlighted with Lucene's unified
 * highlighter over the page's hits), so that both backends answer alike.
 *
 * <p>Versions: each build is an index of its own, named after the release, made with the bulk
 * API, and becomes current in one {@code _aliases} request that moves the cluster's alias to it.
 * An instance searches the index it opened or built (not the alias), so a search never mixes two
 * releases; closing it deletes that index once the alias has moved on.
 *
 * <p>Partial answers: a search that some shard could not answer (no live copy) says so in
 * {@link SearchResponse#partial()} rather than giving a smaller total as if it were whole.
 */
public final class OpenSearchIndex implements SearchIndex {
    private static final Logger LOG = LoggerFactory.getLogger(OpenSearchIndex.class);
    private static final int BULK_BATCH = 1_000;
    /** Facet values each shard reports, so that the counts merged from several shards are exact. */
    private static final int SHARD_FACET_VALUES = 10_000;

    private final OpenSearchCluster cluster;
    private final OpenSearchClient client;
    private final Store store;
    private final Analyzer indexAnalyzer = Analyzers.forIndexing();
    private final Analyzer queryAnalyzer = Analyzers.forQuerying();
    private final QueryTranslator translator = new QueryTranslator(queryAnalyzer);
    private final Object writeLock = new Object();
    /** The index this instance searches, its release and facet labels; null before any build. */
    private volatile Version version;

    /** One built index: its name, the release it holds and its facet labels. */
    private record Version(String index, String release, FacetLabels labels) {}

    private OpenSearchIndex(OpenSearchCluster cluster, Store store) {
        this.cluster = Objects.requireNonNull(cluster, "cluster");
        this.client = cluster.client();
        this.store = Objects.requireNonNull(store, "store");
        this.version = current().orElse(null);
    }

    /** The index of {@code store} in {@code cluster}: the alias's current index if there is one, else none until {@link #rebuild()}. */
    public static OpenSearchIndex open(OpenSearchCluster cluster, Store store) {
        return new OpenSearchIndex(cluster, store);
    }

    /** The name of the index this instance searches, empty before a build. */
    public Optional<String> indexName() {
        Version v = version;
        return v == null ? Optional.empty() : Optional.of(v.index());
    }

    @Override
    public String stamp() {
        Version v = version;
        return v == null ? "" : v.release();
    }

    @Override
    public boolean isCurrent() {
        return stamp().equals(store.release().orElse(""));
    }

    @Override
    public void rebuild() {
        synchronized (writeLock) {
            long started = System.nanoTime();
            String release = store.release().orElse("");
            String name = indexNameFor(release);
            IndexDefinition definition = cluster.definition();
            try {
                deleteUnusedIndices();
                client.indices()
                        .create(c -> c.index(name)
                                .settings(s -> s.withJson(
                                        new StringReader(definition.settings().toString())))
                                .mappings(m -> m.withJson(new StringReader(definition
                                        .mappings(release, cluster.alias())
                                        .toString()))));
                int count = bulkLoad(name);
                client.indices().refresh(r -> r.index(name));
                Version built = new Version(name, release, readLabels(name));
                switchAlias(name);
                // The previous index stays: searches that began on it, the instance of the release
                // being retired and replicas behind still read it. The instance that searches it deletes
                // it when it closes, and the next build deletes it if nothing did.
                version = built;
                LOG.info(
                        "OpenSearch index {} built from store release '{}': {} entities in {} ms",
                        name,
                        release,
                        count,
                        (System.nanoTime() - started) / 1_000_000);
            } catch (IOException | OpenSearchException | UncheckedIOException e) {
                deleteQuietly(name);
                throw new SearchIndexException(
                        "Cannot build the search index in " + cluster.describe() + ": " + e.getMessage(), e);
            } catch (RuntimeException e) {
                deleteQuietly(name);
                throw e;
            }
        }
    }

    @Override
    public boolean ensureCurrent() {
        synchronized (writeLock) {
            if (isCurrent() && version != null) {
                return false;
            }
            LOG.info(
                    "OpenSearch index is at store release '{}' but the store is at '{}': rebuilding it",
                    stamp(),
                    store.release().orElse(""));
            rebuild();
            return true;
        }
    }

    @Override
    public SearchResponse search(SearchRequest request, Duration deadline) {
        SearchDeadline d = SearchDeadline.after(deadline);
        List<Facet> facets = RequestChecks.facets(request);
        Query words = translator.parse(request.q());
        List<Query> filters =
                request.filters().stream().map(translator::exactFilter).toList();
        Version v = version;
        if (v == null) {
            return new SearchResponse(
                    request.q(), 0, request.page(), request.size(), List.of(), emptyFacets(facets), Matched.ALL);
        }
        try {
            Query query = QueryTranslator.entities(words, filters);
            Matched matched = Matched.ALL;
            Answer answer = run(v, query, request, facets, d);
            if (answer.total() < FEW) {
                Optional<Fallback.Answer> wider = Fallback.widen(
                        translator, request.q(), words, filters, answer.total(), known(v, d), q -> count(v, q, d));
                if (wider.isPresent()) {
                    query = wider.get().query();
                    matched = wider.get().matched();
                    answer = run(v, query, request, facets, d);
                }
            }
            List<SearchHit> hits = hits(query, answer.hits(), request.lang());
            Map<String, List<FacetCount>> counts = new LinkedHashMap<>();
            for (Facet f : facets) {
                List<FacetCount> list = new ArrayList<>();
                Aggregate a = answer.aggregations().get(f.id());
                if (a != null) {
                    for (StringTermsBucket b : a.sterms().buckets().array()) {
                        list.add(new FacetCount(b.key(), v.labels().label(f, b.key(), request.lang()), b.docCount()));
                    }
                }
                counts.put(f.id(), list);
            }
            d.check();
            return new SearchResponse(
                    request.q(),
                    answer.total(),
                    request.page(),
                    request.size(),
                    hits,
                    counts,
                    matched,
                    answer.partial());
        } catch (IOException | UncheckedIOException | OpenSearchException e) {
            // Past the deadline, a failed request is the cluster giving up on the timeout it was sent
            // (it may answer 500 rather than a partial result flagged timed out).
            throw SearchDeadline.isTimeout(e) || d.passed() ? d.timedOut(e) : unreadable(e);
        }
    }

    /** What one search request to the cluster answered. */
    private record Answer(long total, List<Hit<Map>> hits, Map<String, Aggregate> aggregations, boolean partial) {}

    private Answer run(Version v, Query query, SearchRequest request, List<Facet> facets, SearchDeadline d)
            throws IOException {
        Map<String, Aggregation> aggregations = new LinkedHashMap<>();
        for (Facet f : facets) {
            aggregations.put(
                    f.id(),
                    Aggregation.of(a -> a.terms(
                            t -> t.field("v." + f.id()).size(FACET_VALUES).shardSize(SHARD_FACET_VALUES))));
        }
        var response = d.client(client)
                .search(
                        s -> s.index(v.index())
                                .searchType(SearchType.DfsQueryThenFetch)
                                .timeout(d.timeout())
                                .query(QueryDsl.of(query))
                                .from((request.page() - 1) * request.size())
                                .size(request.size())
                                .trackTotalHits(t -> t.enabled(true))
                                .trackScores(true)
                                .sort(o -> o.score(sc -> sc.order(SortOrder.Desc)))
                                .sort(o -> o.field(
                                        f -> f.field(IndexDefinition.SEQ).order(SortOrder.Asc)))
                                // The whole source: titles and snippets are highlighted in the documents it rebuilds.
                                .aggregations(aggregations),
                        Map.class);
        if (response.timedOut()) {
            // The cluster stopped collecting at the deadline: what it found is not the answer.
            throw d.timedOut(null);
        }
        boolean partial = response.shards().failed().intValue() > 0;
        return new Answer(response.hits().total().value(), response.hits().hits(), response.aggregations(), partial);
    }

    private long count(Version v, Query query) throws IOException {
        return count(client, v, query);
    }

    /** A count within the search's deadline (the count API has no {@code timeout}: the client's bounds it). */
    private long count(Version v, Query query, SearchDeadline d) throws IOException {
        return count(d.client(client), v, query);
    }

    private static long count(OpenSearchClient client, Version v, Query query) throws IOException {
        return client.count(c -> c.index(v.index()).query(QueryDsl.of(query))).count();
    }

    /** Whether a language-neutral field holds a word: what the typo fallback asks before relaxing it. */
    private Predicate<String> known(Version v, SearchDeadline d) {
        return word -> {
            org.apache.lucene.search.BooleanQuery.Builder any = new org.apache.lucene.search.BooleanQuery.Builder();
            QueryTranslator.neutralFields()
                    .forEach(f -> any.add(new TermQuery(new Term(f, word)), BooleanClause.Occur.SHOULD));
            try {
                return count(v, any.build(), d) > 0;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    /**
     * Hits with titles and snippets highlighted by the in-process code (Lucene's unified highlighter,
     * whose passage formatter escapes the text as the in-process index does), over an in-memory index
     * of this page's hits rebuilt from their sources.
     */
    private List<SearchHit> hits(Query query, List<Hit<Map>> page, String lang) throws IOException {
        List<SearchHit> out = new ArrayList<>();
        if (page.isEmpty()) {
            return out;
        }
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(indexAnalyzer))) {
                for (Hit<Map> h : page) {
                    w.addDocument(SourceDocuments.document(source(h)));
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                ScoreDoc[] docs = new ScoreDoc[page.size()];
                List<Document> stored = new ArrayList<>(page.size());
                for (int i = 0; i < docs.length; i++) {
                    docs[i] = new ScoreDoc(i, score(page.get(i)));
                    stored.add(SourceDocuments.stored(source(page.get(i))));
                }
                List<SnippetMaker.Highlights> highlights =
                        new SnippetMaker(searcher, indexAnalyzer).highlight(query, docs, stored, lang);
                for (int i = 0; i < docs.length; i++) {
                    out.add(HitMaker.hit(stored.get(i), docs[i].score, highlights.get(i), lang));
                }
            }
        }
        return out;
    }

    private static float score(Hit<Map> h) {
        return h.score() == null ? 0f : (float) (h.score() / QueryDsl.SCORE_SCALE);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> source(Hit<Map> h) {
        return h.source() == null ? Map.of() : (Map<String, Object>) h.source();
    }

    @Override
    public List<ScoredIri> searchIris(String q, int limit) {
        if (limit < 1) {
            return List.of();
        }
        // SPARQL's gg:search runs under the query's own time limit; its fallback counts under the default deadline.
        SearchDeadline d = SearchDeadline.after(SearchLimits.DEFAULT_DEADLINE);
        Query words = translator.parse(q);
        Version v = version;
        if (v == null) {
            return List.of();
        }
        try {
            Query query = QueryTranslator.entities(words, List.of());
            List<Hit<Map>> hits = top(v, query, Math.min(limit, MAX_WINDOW), List.of(Fields.IRI));
            if (hits.size() < FEW) {
                Optional<Fallback.Answer> wider = Fallback.widen(
                        translator, q, words, List.of(), count(v, query, d), known(v, d), x -> count(v, x, d));
                if (wider.isPresent()) {
                    hits = top(v, wider.get().query(), Math.min(limit, MAX_WINDOW), List.of(Fields.IRI));
                }
            }
            List<ScoredIri> out = new ArrayList<>();
            for (Hit<Map> h : hits) {
                out.add(new ScoredIri(SourceDocuments.stored(source(h)).get(Fields.IRI), score(h)));
            }
            return out;
        } catch (IOException | UncheckedIOException | OpenSearchException e) {
            throw SearchDeadline.isTimeout(e) ? d.timedOut(e) : unreadable(e);
        }
    }

    private List<Hit<Map>> top(Version v, Query query, int size, List<String> fields) throws IOException {
        return client.search(
                        s -> s.index(v.index())
                                .searchType(SearchType.DfsQueryThenFetch)
                                .query(QueryDsl.of(query))
                                .size(size)
                                .trackScores(true)
                                .sort(o -> o.score(sc -> sc.order(SortOrder.Desc)))
                                .sort(o -> o.field(
                                        f -> f.field(IndexDefinition.SEQ).order(SortOrder.Asc)))
                                .source(src -> src.filter(f -> f.includes(fields))),
                        Map.class)
                .hits()
                .hits();
    }

    @Override
    public List<Suggestion> suggest(String prefix, String lang, int limit) {
        if (prefix == null || prefix.isBlank() || limit < 1) {
            return List.of();
        }
        String language = lang == null || lang.isBlank() ? "en" : lang;
        Query typed =
                new QueryBuilder(queryAnalyzer).createBooleanQuery(Fields.SUGGEST, prefix, BooleanClause.Occur.MUST);
        Version v = version;
        if (typed == null || v == null) {
            return List.of();
        }
        try {
            List<Suggestion> out = new ArrayList<>();
            for (Hit<Map> h : top(
                    v,
                    QueryTranslator.entities(typed, List.of()),
                    Math.min(limit, SearchRequest.MAX_SIZE),
                    List.of(Fields.IRI, Fields.KIND, Fields.STORED_TITLE_PREFIX + "*"))) {
                out.add(HitMaker.suggestion(SourceDocuments.stored(source(h)), language));
            }
            return out;
        } catch (IOException | OpenSearchException e) {
            throw unreadable(e);
        }
    }

    /** Stops using the cluster; deletes the index this instance searched unless the alias still points to it. */
    @Override
    public void close() {
        synchronized (writeLock) {
            Version v = version;
            version = null;
            if (v != null && !aliasTargets().contains(v.index())) {
                deleteQuietly(v.index());
            }
        }
    }

    // --- internals -------------------------------------------------------------------------

    private SearchIndexException unreadable(Exception e) {
        return new SearchIndexException(
                "The search index in " + cluster.describe() + " could not answer: " + e.getMessage(), e);
    }

    private static Map<String, List<FacetCount>> emptyFacets(List<Facet> facets) {
        Map<String, List<FacetCount>> out = new LinkedHashMap<>();
        facets.forEach(f -> out.put(f.id(), List.of()));
        return out;
    }

    /** A fresh index name for a release: lower case, only what index names allow, and the build time. */
    private String indexNameFor(String release) {
        String safe = release.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]+", "-");
        return cluster.alias() + "-" + (safe.isEmpty() ? "none" : safe) + "-" + System.currentTimeMillis();
    }

    private int bulkLoad(String name) throws IOException {
        DocumentMaker maker = new DocumentMaker(DocumentMaker.facetsConfig());
        List<BulkOperation> batch = new ArrayList<>();
        int[] seq = {0};
        store.read(() -> {
            new EntityReader(store.datasetGraph(), store.iris()).forEach(entity -> {
                Map<String, Object> source = SourceDocuments.source(maker.fields(entity), seq[0]++);
                batch.add(BulkOperation.of(
                        b -> b.index(i -> i.index(name).id(entity.iri()).document(source))));
                if (batch.size() >= BULK_BATCH) {
                    send(name, batch);
                }
            });
            return null;
        });
        int entities = seq[0];
        for (Document label : maker.labelDocuments()) {
            Map<String, Object> source = SourceDocuments.source(label, seq[0]++);
            batch.add(BulkOperation.of(b -> b.index(i -> i.index(name).document(source))));
        }
        send(name, batch);
        return entities;
    }

    private void send(String name, List<BulkOperation> batch) {
        if (batch.isEmpty()) {
            return;
        }
        try {
            BulkResponse r = client.bulk(b -> b.operations(List.copyOf(batch)));
            if (r.errors()) {
                BulkResponseItem first = r.items().stream()
                        .filter(i -> i.error() != null)
                        .findFirst()
                        .orElseThrow();
                throw new SearchIndexException(
                        "OpenSearch refused a document of " + name + " (" + first.id() + "): "
                                + first.error().reason(),
                        null);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        batch.clear();
    }

    /**
     * Deletes the indices of this alias that the alias does not point to and this instance does not search: what a
     * build killed before its alias moved leaves behind (its process never reached the delete that a failed build
     * makes), and a previous index no instance closed (this instance's own, once it rebuilt in place). The alias
     * names them ({@link IndexDefinition#ALIAS_META}), so another deployment's indices are never touched; one
     * process builds an alias's indices at a time, so none of these is a build under way.
     */
    private void deleteUnusedIndices() throws IOException {
        List<String> kept = new ArrayList<>(aliasTargets());
        indexName().ifPresent(kept::add);
        var mappings = client.indices()
                .getMapping(m -> m.index(cluster.alias() + "-*").allowNoIndices(true))
                .result();
        for (var entry : mappings.entrySet()) {
            var meta = entry.getValue().mappings().meta();
            JsonData alias = meta == null ? null : meta.get(IndexDefinition.ALIAS_META);
            if (!kept.contains(entry.getKey())
                    && alias != null
                    && cluster.alias().equals(alias.to(String.class))) {
                delete(entry.getKey());
                LOG.info("Deleted index {}: alias {} no longer points to it", entry.getKey(), cluster.alias());
            }
        }
    }

    /** Moves the alias to {@code name} in one {@code _aliases} request, so every search sees the old index or the new one. */
    private void switchAlias(String name) throws IOException {
        List<Action> actions = new ArrayList<>();
        for (String old : aliasTargets()) {
            actions.add(Action.of(a -> a.remove(r -> r.index(old).alias(cluster.alias()))));
        }
        actions.add(Action.of(a -> a.add(r -> r.index(name).alias(cluster.alias()))));
        client.indices().updateAliases(u -> u.actions(actions));
    }

    private List<String> aliasTargets() {
        try {
            GetAliasResponse r = client.indices().getAlias(g -> g.name(cluster.alias()));
            return List.copyOf(r.result().keySet());
        } catch (OpenSearchException e) {
            if (e.status() == 404) {
                return List.of();
            }
            throw unreadable(e);
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    /** The alias's index when there is one, with the release from its mapping's {@code _meta}. */
    private Optional<Version> current() {
        List<String> targets = aliasTargets();
        if (targets.isEmpty()) {
            return Optional.empty();
        }
        String name = targets.get(0);
        try {
            var mapping = client.indices()
                    .getMapping(m -> m.index(name))
                    .result()
                    .get(name)
                    .mappings();
            String release = mapping.meta() == null || mapping.meta().get(IndexDefinition.RELEASE_META) == null
                    ? ""
                    : mapping.meta().get(IndexDefinition.RELEASE_META).to(String.class);
            return Optional.of(new Version(name, release, readLabels(name)));
        } catch (IOException | OpenSearchException e) {
            throw unreadable(e);
        }
    }

    /** The facet labels of an index, read from its label documents, page by page in build order. */
    private FacetLabels readLabels(String name) throws IOException {
        FacetLabels.Reader labels = new FacetLabels.Reader();
        List<FieldValue> after = null;
        while (true) {
            List<FieldValue> from = after;
            var hits = client.search(
                            s -> {
                                s.index(name)
                                        .size(MAX_WINDOW)
                                        .query(QueryDsl.of(new TermQuery(new Term(Fields.DOCTYPE, Fields.LABEL))))
                                        .sort(o -> o.field(f ->
                                                f.field(IndexDefinition.SEQ).order(SortOrder.Asc)));
                                if (from != null) {
                                    s.searchAfterVals(from);
                                }
                                return s;
                            },
                            Map.class)
                    .hits()
                    .hits();
            for (Hit<Map> h : hits) {
                Document d = SourceDocuments.stored(source(h));
                labels.add(d);
            }
            if (hits.size() < MAX_WINDOW) {
                return labels.labels();
            }
            after = hits.get(hits.size() - 1).sortVals();
        }
    }

    private void delete(String name) throws IOException {
        client.indices().delete(d -> d.index(name));
    }

    private void deleteQuietly(String name) {
        try {
            delete(name);
        } catch (IOException | RuntimeException e) {
            LOG.debug("Index {} not deleted: {}", name, e.getMessage());
        }
    }
}

package org.govgraph.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.govgraph.model.store.Store;
import org.govgraph.search.opensearch.TestCluster;
import org.junit.jupiter.api.Test;

/**
 * The search suite on a real single-node OpenSearch cluster (a child JVM), plus what only this
 * backend has: an index per build behind an alias, and the same answers as the in-process index
 * for the same questions, hit for hit.
 */
class OpenSearchIndexIT extends SearchIndexSearchCases {
    private static TestCluster opensearch;

    /** Questions of every kind the syntax has: words, typos, phrases, exclusions, OR, prefixes, filters, stop words, languages. */
    static final List<String> QUESTIONS = List.of(
            "",
            "passport",
            "pasport",
            "passports",
            "renew passport",
            "\"passport renewal\"",
            "passport -renewal",
            "passport OR visa",
            "pass*",
            "org:imm*",
            "country:MYS",
            "online:yes passport",
            "permis de conduire",
            "passeport",
            "passéport",
            "e-government",
            "licence",
            "license",
            "driving licences",
            "national parks pass",
            "grants for farmers",
            "the of and",
            "Kenya Revenue Authority",
            "cukai pendapatan",
            "lesen memandu",
            "employment insurance",
            "EI",
            "Denmark EGDI",
            "pension",
            "xyzzy");

    @Override
    protected SearchIndex open(Store store) {
        opensearch = TestCluster.start(1, "govgraph-it", 1, 0);
        return OpenSearchIndex.open(opensearch.cluster(), store);
    }

    @Override
    protected void closeBackend() {
        opensearch.close();
    }

    @Test
    void answersAsTheInProcessIndexDoesHitForHit() {
        List<String> differences = new ArrayList<>();
        try (LuceneSearchIndex lucene = LuceneSearchIndex.inMemory(store())) {
            lucene.rebuild();
            for (String lang : List.of("en", "fr")) {
                for (String q : QUESTIONS) {
                    SearchRequest request = new SearchRequest(q, lang, 1, 100, Facet.names(), List.of());
                    compare("'" + q + "' in " + lang, lucene.search(request), index().search(request), differences);
                }
            }
            for (String typed : List.of("pass", "perm con", "kenya rev")) {
                if (!lucene.suggest(typed, "fr", 10).equals(index().suggest(typed, "fr", 10))) {
                    differences.add("suggestions for '" + typed + "'");
                }
            }
            for (String q : List.of("passport", "pasport", "licence")) {
                List<String> expected = lucene.searchIris(q, 50).stream()
                        .map(SearchIndex.ScoredIri::iri)
                        .toList();
                List<String> actual = index().searchIris(q, 50).stream()
                        .map(SearchIndex.ScoredIri::iri)
                        .toList();
                if (!expected.equals(actual)) {
                    differences.add("gg:search '" + q + "': " + expected + " vs " + actual);
                }
            }
        }
        assertEquals(List.of(), differences);
    }

    private static void compare(String what, SearchResponse expected, SearchResponse actual, List<String> differences) {
        if (expected.total() != actual.total()
                || expected.matched() != actual.matched()
                || expected.results().size() != actual.results().size()) {
            differences.add(what + ": total/matched/hits " + expected.total() + "/" + expected.matched() + "/"
                    + expected.results().size() + " vs " + actual.total() + "/" + actual.matched() + "/"
                    + actual.results().size());
            return;
        }
        if (!expected.facets().equals(actual.facets())) {
            differences.add(what + ": facets " + expected.facets() + " vs " + actual.facets());
        }
        if (actual.partial()) {
            differences.add(what + ": partial");
        }
        for (int i = 0; i < expected.results().size(); i++) {
            SearchHit e = expected.results().get(i);
            SearchHit a = actual.results().get(i);
            if (!e.iri().equals(a.iri())) {
                differences.add(what + ": hit " + i + " " + e.iri() + " (" + e.score() + ") vs " + a.iri() + " ("
                        + a.score() + ")");
                continue;
            }
            if (!e.title().equals(a.title())
                    || !e.snippet().equals(a.snippet())
                    || !e.fields().equals(a.fields())) {
                differences.add(what + ": hit " + e.iri() + " " + e.snippet() + " " + e.fields() + " vs " + a.snippet()
                        + " " + a.fields());
            }
            if (Math.abs(e.score() - a.score()) > Math.max(1e-4, e.score() * 1e-4)) {
                differences.add(what + ": score of " + e.iri() + " " + e.score() + " vs " + a.score());
            }
        }
    }

    @Test
    void eachBuildIsAnIndexOfItsOwnBehindTheAliasAndTheOldOneIsDeletedOnceNothingSearchesIt() throws IOException {
        try (OpenSearchIndex first = OpenSearchIndex.open(opensearch.cluster(), store())) {
            assertEquals(index().stamp(), first.stamp(), "a new instance opens the alias's index");
            assertEquals(((OpenSearchIndex) index()).indexName(), first.indexName());
        }
        String before = ((OpenSearchIndex) index()).indexName().orElseThrow();
        assertTrue(exists(before), "closing an instance keeps the index the alias points to");
        long total = index().search(SearchRequest.of("passport")).total();
        index().rebuild();
        String after = ((OpenSearchIndex) index()).indexName().orElseThrow();
        assertNotEquals(before, after);
        assertEquals(
                List.of(after),
                List.copyOf(opensearch
                        .cluster()
                        .client()
                        .indices()
                        .getAlias(g -> g.name("govgraph-it"))
                        .result()
                        .keySet()));
        assertTrue(exists(before), "the previous build is kept for the searches that began on it");
        assertEquals(total, index().search(SearchRequest.of("passport")).total());
        index().rebuild();
        assertFalse(exists(before), "and deleted by the next build once nothing searches it");
    }

    @Test
    void anIndexLeftByABuildThatDiedIsDeletedByTheNextBuildAndNoOtherDeploymentsIndex() throws IOException {
        String release = index().stamp();
        // What a build killed mid-way leaves: its index, filled in part, that the alias never moved to.
        String abandoned = "govgraph-it-" + release.toLowerCase(Locale.ROOT) + "-1";
        // Another deployment's index whose name starts with this alias's.
        String otherDeployment = "govgraph-it-staging-" + release.toLowerCase(Locale.ROOT) + "-1";
        create(abandoned, release, "govgraph-it");
        create(otherDeployment, release, "govgraph-it-staging");
        try {
            index().rebuild();
            assertFalse(exists(abandoned), "the next build deletes what a build that died left");
            assertTrue(exists(otherDeployment), "an index of another alias is not this deployment's to delete");
            assertTrue(exists(((OpenSearchIndex) index()).indexName().orElseThrow()));
            assertTrue(index().search(SearchRequest.of("passport")).total() > 0);
        } finally {
            opensearch.cluster().client().indices().delete(d -> d.index(otherDeployment));
        }
    }

    private static void create(String name, String release, String alias) throws IOException {
        var definition = opensearch.cluster().definition();
        opensearch
                .cluster()
                .client()
                .indices()
                .create(c -> c.index(name)
                        .settings(st -> st.withJson(
                                new StringReader(definition.settings().toString())))
                        .mappings(m -> m.withJson(new StringReader(
                                definition.mappings(release, alias).toString()))));
    }

    private static boolean exists(String index) throws IOException {
        return opensearch
                .cluster()
                .client()
                .indices()
                .exists(e -> e.index(index))
                .value();
    }
}

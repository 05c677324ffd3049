package org.govgraph.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.govgraph.model.Iris;
import org.govgraph.model.store.Store;
import org.govgraph.search.opensearch.TestCluster;
import org.govgraph.search.relevance.Question;
import org.govgraph.search.relevance.RelevanceReport;
import org.govgraph.search.relevance.RelevanceSet;
import org.junit.jupiter.api.Test;

/**
 * The relevance suite on the bundled real data in a one-node OpenSearch cluster: the same
 * checks and nDCG@10 floor as in-process, and the same top ten on every judged question.
 */
class OpenSearchRelevanceIT extends SearchRelevanceIT {
    private TestCluster opensearch;

    @Override
    protected SearchIndex open(Store store) {
        opensearch = TestCluster.start(1, "govgraph-relevance", 1, 0);
        return OpenSearchIndex.open(opensearch.cluster(), store);
    }

    @Override
    protected void closeBackend() {
        opensearch.close();
    }

    @Test
    void everyJudgedQuestionHasTheSameTopTenAsInProcess() {
        List<String> differences = new ArrayList<>();
        RelevanceSet set = RelevanceSet.bundled(Iris.DEFAULT_BASE);
        try (LuceneSearchIndex lucene = LuceneSearchIndex.inMemory(store())) {
            lucene.rebuild();
            for (Question q : set.questions()) {
                List<String> expected = judgedDepth(lucene, q);
                List<String> actual = judgedDepth(index(), q);
                if (!expected.equals(actual)) {
                    differences.add(q.text() + " (" + q.lang() + "): " + expected + " vs " + actual);
                }
            }
            RelevanceReport inProcess = RelevanceReport.measure(set, q -> judgedDepth(lucene, q));
            RelevanceReport openSearch = RelevanceReport.measure(set, q -> judgedDepth(index(), q));
            System.out.printf(
                    "nDCG@10 on %d judged questions: in-process %.3f, OpenSearch %.3f%n",
                    set.questions().size(),
                    inProcess.overall().ndcg(),
                    openSearch.overall().ndcg());
        }
        assertEquals(List.of(), differences, "questions whose top ten differ");
    }

    /** The IRIs {@code index} ranks first for {@code q}, as deep as the judgements go. */
    private static List<String> judgedDepth(SearchIndex index, Question q) {
        SearchRequest request =
                new SearchRequest(q.text(), q.lang(), 1, RelevanceReport.NDCG_DEPTH, List.of(), List.of());
        return index.search(request, GENEROUS_DEADLINE).results().stream()
                .map(SearchHit::iri)
                .toList();
    }
}

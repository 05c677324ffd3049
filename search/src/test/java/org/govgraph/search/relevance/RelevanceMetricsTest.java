package org.govgraph.search.relevance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The measures on answers small enough to work out by hand. */
class RelevanceMetricsTest {
    private static final Question Q = new Question("t-1", "en", "en", "passport", Map.of("a", 2, "b", 1, "c", 1));

    @Test
    void theIdealOrderScoresOne() {
        assertEquals(1.0, RelevanceMetrics.ndcg(Q, List.of("a", "b", "c"), 10), 1e-9);
        assertEquals(1.0, RelevanceMetrics.ndcg(Q, List.of("a", "c", "b", "x"), 10), 1e-9);
    }

    @Test
    void aGradeTwoHitBelowGradeOneHitsScoresLess() {
        // DCG = 1/log2(2) + 1/log2(3) + 3/log2(4); IDCG = 3 + 1/log2(3) + 1/log2(4)
        double dcg = 1 + 1 / log2(3) + 3 / 2.0;
        double idcg = 3 + 1 / log2(3) + 1 / 2.0;
        assertEquals(dcg / idcg, RelevanceMetrics.ndcg(Q, List.of("b", "c", "a"), 10), 1e-9);
    }

    @Test
    void onlyTheTopKCount() {
        assertEquals(0.0, RelevanceMetrics.ndcg(Q, List.of("x", "y", "a"), 2), 1e-9);
        assertEquals(0.0, RelevanceMetrics.ndcg(Q, List.of(), 10), 1e-9);
    }

    @Test
    void precisionCountsRelevantPlacesOfTheFirstFive() {
        assertEquals(0.4, RelevanceMetrics.precision(Q, List.of("x", "a", "y", "c"), 5), 1e-9);
        assertEquals(0.6, RelevanceMetrics.precision(Q, List.of("a", "b", "c", "x", "y", "z"), 5), 1e-9);
    }

    @Test
    void reciprocalRankIsThatOfTheFirstRelevantHit() {
        assertEquals(1 / 3.0, RelevanceMetrics.reciprocalRank(Q, List.of("x", "y", "b", "a")), 1e-9);
        assertEquals(0.0, RelevanceMetrics.reciprocalRank(Q, List.of("x")), 1e-9);
    }

    @Test
    void theBundledSetIsLargeAndCoversEveryLanguage() {
        RelevanceSet set = RelevanceSet.bundled("http://localhost:8080/");
        assertTrue(set.questions().size() >= 40, "questions: " + set.questions().size());
        for (String lang : List.of("en", "fr", "ms")) {
            assertTrue(set.questions().stream().anyMatch(q -> q.lang().equals(lang)), lang);
        }
        for (Question q : set.questions()) {
            assertTrue(q.grades().values().stream().anyMatch(g -> g > 0), q.id() + " has no relevant answer judged");
        }
        assertTrue(set.questions().get(0).grades().keySet().stream()
                .allMatch(i -> i.startsWith("http://localhost:8080/id/")));
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}

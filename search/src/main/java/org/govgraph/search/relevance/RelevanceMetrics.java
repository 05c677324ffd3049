package org.govgraph.search.relevance;

import java.util.List;

/**
 * The measures of one ranked answer against its question's judgements: nDCG@k with the
 * exponential gain {@code 2^grade - 1} (as TREC and most IR evaluations use it, so a grade-2
 * hit is worth three grade-1 hits), precision at k and the reciprocal rank of the first
 * relevant (grade 1 or 2) hit.
 */
public final class RelevanceMetrics {
    private RelevanceMetrics() {}

    /** nDCG@k of {@code ranked} (IRIs, best first); 0 when nothing is judged relevant. */
    public static double ndcg(Question q, List<String> ranked, int k) {
        double dcg = 0;
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            dcg += gain(q.grade(ranked.get(i))) / log2(i + 2);
        }
        List<Integer> ideal = q.grades().values().stream()
                .filter(g -> g > 0)
                .sorted((a, b) -> Integer.compare(b, a))
                .toList();
        double idcg = 0;
        for (int i = 0; i < Math.min(k, ideal.size()); i++) {
            idcg += gain(ideal.get(i)) / log2(i + 2);
        }
        return idcg == 0 ? 0 : dcg / idcg;
    }

    /** The share of the first k places that hold a relevant hit (an answer shorter than k counts its empty places as misses). */
    public static double precision(Question q, List<String> ranked, int k) {
        long relevant = ranked.stream().limit(k).filter(iri -> q.grade(iri) > 0).count();
        return (double) relevant / k;
    }

    /** 1 / the rank of the first relevant hit; 0 when none is ranked. */
    public static double reciprocalRank(Question q, List<String> ranked) {
        for (int i = 0; i < ranked.size(); i++) {
            if (q.grade(ranked.get(i)) > 0) {
                return 1.0 / (i + 1);
            }
        }
        return 0;
    }

    private static double gain(int grade) {
        return Math.pow(2, grade) - 1;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}

package org.govgraph.search.relevance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The figures of one search backend on a {@link RelevanceSet}: per question, per group and
 * overall, nDCG@10, P@5, MRR and the questions answered with nothing. The backend is a
 * function from question to ranked IRIs, so the in-process index and any other backend are
 * measured by the same code.
 */
public record RelevanceReport(List<Scored> questions) {
    /** The depth of nDCG. */
    public static final int NDCG_DEPTH = 10;
    /** The depth of precision. */
    public static final int PRECISION_DEPTH = 5;

    /** One question's figures; {@code hits} is how many results the backend gave (up to the depth asked). */
    public record Scored(Question question, double ndcg, double precision, double reciprocalRank, int hits) {}

    /** Mean figures over some questions. */
    public record Summary(String name, int questions, double ndcg, double precision, double mrr, long empty) {
        @Override
        public String toString() {
            return String.format(
                    Locale.ROOT,
                    "%-8s n=%2d  nDCG@10 %.3f  P@5 %.3f  MRR %.3f  empty %d",
                    name,
                    questions,
                    ndcg,
                    precision,
                    mrr,
                    empty);
        }
    }

    public RelevanceReport {
        questions = List.copyOf(questions);
    }

    /** Asks every question of {@code set} and scores the answers; {@code ranker} returns at least the top {@link #NDCG_DEPTH}. */
    public static RelevanceReport measure(RelevanceSet set, Function<Question, List<String>> ranker) {
        List<Scored> out = new ArrayList<>();
        for (Question q : set.questions()) {
            List<String> ranked = ranker.apply(q);
            out.add(new Scored(
                    q,
                    RelevanceMetrics.ndcg(q, ranked, NDCG_DEPTH),
                    RelevanceMetrics.precision(q, ranked, PRECISION_DEPTH),
                    RelevanceMetrics.reciprocalRank(q, ranked),
                    ranked.size()));
        }
        return new RelevanceReport(out);
    }

    /** The figures over every question. */
    public Summary overall() {
        return summary("all", questions);
    }

    /** The figures per group, in the order the groups first appear. */
    public List<Summary> byGroup() {
        Map<String, List<Scored>> groups = new LinkedHashMap<>();
        questions.forEach(s -> groups.computeIfAbsent(s.question().group(), k -> new ArrayList<>())
                .add(s));
        return groups.entrySet().stream()
                .map(e -> summary(e.getKey(), e.getValue()))
                .toList();
    }

    /** A plain-text table: the overall and per-group figures, then each question's. */
    public String format() {
        StringBuilder b = new StringBuilder();
        b.append(overall()).append('\n');
        byGroup().forEach(s -> b.append(s).append('\n'));
        for (Scored s : questions) {
            b.append(String.format(
                    Locale.ROOT,
                    "  %-10s nDCG %.2f  P@5 %.2f  RR %.2f  hits %2d  %s%n",
                    s.question().id(),
                    s.ndcg(),
                    s.precision(),
                    s.reciprocalRank(),
                    s.hits(),
                    s.question().text()));
        }
        return b.toString();
    }

    private static Summary summary(String name, List<Scored> of) {
        return new Summary(
                name,
                of.size(),
                of.stream().mapToDouble(Scored::ndcg).average().orElse(0),
                of.stream().mapToDouble(Scored::precision).average().orElse(0),
                of.stream().mapToDouble(Scored::reciprocalRank).average().orElse(0),
                of.stream().filter(s -> s.hits() == 0).count());
    }
}

package org.govgraph.search;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.apache.lucene.search.Query;
import org.govgraph.search.query.QueryTranslator;

/**
 * The fallbacks of a search whose words together found fewer than {@link SearchIndex#FEW}
 * entities, shared by both backends so that they widen a question the same way: the words the
 * index does not know spelled approximately (a typo is the likeliest reason), then at least half
 * of the words (with the approximate spellings if they were needed). A fallback is taken only
 * when it finds more than what it falls back from.
 */
final class Fallback {
    private Fallback() {}

    /** The query that answers, and how much of the question it matches. */
    record Answer(Query query, Matched matched) {}

    /** Counts the entities a query (already restricted to entities and filters) matches. */
    @FunctionalInterface
    interface Counter {
        long count(Query query) throws IOException;
    }

    /**
     * @param known whether a language-neutral field of the index holds a folded word
     * @return the wider answer, empty when none finds more than {@code found}
     */
    static Optional<Answer> widen(
            QueryTranslator translator,
            String q,
            Query words,
            List<Query> filters,
            long found,
            Predicate<String> known,
            Counter counter)
            throws IOException {
        Optional<Answer> best = Optional.empty();
        Optional<Query> fuzzy = QueryTranslator.fuzzy(words, known);
        if (fuzzy.isPresent()) {
            Query approximate = QueryTranslator.entities(fuzzy.get(), filters);
            long n = counter.count(approximate);
            if (n > found) {
                best = Optional.of(new Answer(approximate, Matched.APPROXIMATE));
                found = n;
            }
        }
        if (found >= SearchIndex.FEW) {
            return best;
        }
        Optional<Query> most = translator.mostWords(q);
        if (most.isPresent()) {
            Query relaxed =
                    fuzzy.isPresent() ? QueryTranslator.fuzzy(most.get(), known).orElse(most.get()) : most.get();
            Query mostQuery = QueryTranslator.entities(relaxed, filters);
            if (counter.count(mostQuery) > found) {
                best = Optional.of(new Answer(mostQuery, Matched.MOST));
            }
        }
        return best;
    }
}

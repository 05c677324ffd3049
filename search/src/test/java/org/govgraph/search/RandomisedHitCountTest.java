package org.govgraph.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.govgraph.model.store.Store;
import org.govgraph.search.analysis.AnalysedTerms;
import org.govgraph.search.analysis.Analyzers;
import org.govgraph.search.analysis.Analyzers.LanguageGroup;
import org.govgraph.search.analysis.Fields;
import org.govgraph.search.index.EntityReader;
import org.govgraph.search.index.IndexedEntity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Hit counts of random word queries equal a brute-force count over the fixture's entities,
 * where a word matches an entity when, in some field, the word's analysed tokens are among
 * the analysed tokens of the entity's text (in the Lucene tests' style: same analyzers, no index).
 */
class RandomisedHitCountTest {
    /** A new seed each run, so that runs explore; {@code -Dtests.seed=N} repeats one (it is printed). */
    private static final long SEED = Long.getLong("tests.seed", new Random().nextLong());

    private static Store store;
    private static SearchIndex index;
    private static List<IndexedEntity> entities;
    private static List<String> vocabulary;
    private static final Analyzer ANALYZER = Analyzers.forIndexing();
    private static final Analyzer QUERYING = Analyzers.forQuerying();

    @BeforeAll
    static void build() {
        System.out.println("RandomisedHitCountTest: -Dtests.seed=" + SEED + " repeats this run");
        store = Fixture.store();
        index = LuceneSearchIndex.inMemory(store);
        index.rebuild();
        entities = new ArrayList<>();
        store.read(() -> {
            new EntityReader(store.datasetGraph(), store.iris()).forEach(entities::add);
            return null;
        });
        Set<String> words = new TreeSet<>();
        for (IndexedEntity e : entities) {
            for (String[] ft : fieldTexts(e)) {
                for (String w : ft[1].split("[^\\p{L}]+")) {
                    if (w.length() >= 3) {
                        words.add(w);
                    }
                }
            }
        }
        // The brute force models words as typed: words the synonym lists expand and stop words are left to their own
        // tests.
        words.removeIf(RandomisedHitCountTest::hasSynonyms);
        vocabulary = List.copyOf(words);
    }

    @AfterAll
    static void close() {
        index.close();
        store.close();
    }

    @Test
    void singleWords() {
        Random random = new Random(SEED);
        for (int i = 0; i < 200; i++) {
            String w = randomWord(random);
            SearchResponse r = index.search(new SearchRequest(w, "en", 1, 1, List.of(), List.of()));
            assertFalse(r.approximate(), w);
            assertEquals(bruteForce(List.of(w)), r.total(), "query: " + w + " (seed " + SEED + ")");
        }
    }

    @Test
    void conjunctionsOfTwoWords() {
        Random random = new Random(SEED + 1);
        for (int i = 0; i < 100; i++) {
            String a = randomWord(random);
            String b = randomWord(random);
            String q = a + " " + b;
            long expected = bruteForce(List.of(a, b));
            SearchResponse r = index.search(new SearchRequest(q, "en", 1, 1, List.of(), List.of()));
            if (expected >= SearchIndex.FEW || r.matched() == Matched.ALL) {
                assertEquals(Matched.ALL, r.matched(), q);
                assertEquals(expected, r.total(), "query: " + q + " (seed " + SEED + ")");
            } else {
                // Too few match every word: a fallback, said so, may only widen the answer.
                assertTrue(r.total() > expected, "query: " + q + " (seed " + SEED + ")");
            }
        }
    }

    @Test
    void exclusions() {
        Random random = new Random(SEED + 2);
        for (int i = 0; i < 100; i++) {
            String a = randomWord(random);
            String b = randomWord(random);
            long expected = bruteForce(List.of(a)) - bruteForceBoth(a, b);
            SearchResponse r = index.search(new SearchRequest(a + " -" + b, "en", 1, 1, List.of(), List.of()));
            String q = "query: " + a + " -" + b + " (seed " + SEED + ")";
            if (expected > 0) {
                assertEquals(Matched.ALL, r.matched(), q);
            }
            // An answer that says every word matched is exact; one that says otherwise is a fallback for nothing found.
            if (r.matched() == Matched.ALL) {
                assertEquals(expected, r.total(), q);
            } else {
                assertEquals(0, expected, q);
            }
        }
    }

    private static boolean hasSynonyms(String word) {
        for (String field : List.of(Fields.title(LanguageGroup.EN), Fields.title(LanguageGroup.FR), Fields.TITLE_ANY)) {
            String lower = word.toLowerCase(java.util.Locale.ROOT);
            List<String> asked = analyse(QUERYING, field, lower);
            if (asked.isEmpty() || !analyse(ANALYZER, field, lower).equals(asked)) {
                return true;
            }
        }
        return false;
    }

    private static String randomWord(Random random) {
        String w = vocabulary.get(random.nextInt(vocabulary.size()));
        // Users type any case (but AND, OR and NOT in capitals are operators).
        String lower = w.toLowerCase(java.util.Locale.ROOT);
        return random.nextBoolean() ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    private static long bruteForceBoth(String a, String b) {
        return bruteForce(List.of(a, b));
    }

    /** How many entities match every word in at least one searched field. */
    private static long bruteForce(List<String> words) {
        long n = 0;
        for (IndexedEntity e : entities) {
            boolean all = true;
            for (String w : words) {
                all &= matches(e, w);
            }
            if (all) {
                n++;
            }
        }
        return n;
    }

    private static boolean matches(IndexedEntity e, String word) {
        for (String[] ft : fieldTexts(e)) {
            List<String> wanted = tokens(ft[0], word);
            if (!wanted.isEmpty() && new HashSet<>(tokens(ft[0], ft[1])).containsAll(wanted)) {
                return true;
            }
        }
        return false;
    }

    /** Each (field, text) pair the index searches by default. */
    private static List<String[]> fieldTexts(IndexedEntity e) {
        List<String[]> out = new ArrayList<>();
        e.titles().forEach(t -> {
            out.add(new String[] {Fields.title(LanguageGroup.of(t.lang())), t.text()});
            out.add(new String[] {Fields.TITLE_ANY, t.text()});
        });
        e.descriptions().forEach(d -> {
            out.add(new String[] {Fields.description(LanguageGroup.of(d.lang())), d.text()});
            out.add(new String[] {Fields.DESCRIPTION_ANY, d.text()});
        });
        e.context().forEach(c -> out.add(new String[] {Fields.CONTEXT, c}));
        return out;
    }

    private static final java.util.Map<String, List<String>> TOKENS = new java.util.HashMap<>();

    private static List<String> tokens(String field, String text) {
        return TOKENS.computeIfAbsent(field + '\u0000' + text, k -> analyse(ANALYZER, field, text));
    }

    private static List<String> analyse(Analyzer analyzer, String field, String text) {
        return AnalysedTerms.of(analyzer, field, text);
    }
}

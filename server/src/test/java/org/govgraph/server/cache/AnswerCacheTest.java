package org.govgraph.server.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class AnswerCacheTest {
    private static final int BOUND = 64 * 1024;

    private static QueryKey key(String release, int i) {
        return new QueryKey(release, "/sparql\nSELECT * { ?s ?p " + i + " }", "application/sparql-results+json");
    }

    private static CachedAnswer answer(int bytes) {
        return new CachedAnswer("application/sparql-results+json", List.of(), new byte[bytes]);
    }

    @Test
    void keepsAnAnswerForItsReleaseOnly() {
        AnswerCache cache = new AnswerCache(BOUND, "r1");
        cache.put(key("r1", 1), answer(10));
        assertTrue(cache.get(key("r1", 1)).isPresent());
        assertTrue(cache.get(key("r2", 1)).isEmpty(), "another release's key is another answer");
        cache.put(key("r0", 2), answer(10));
        assertTrue(cache.get(key("r0", 2)).isEmpty(), "an answer of a release no longer served is refused");
    }

    @Test
    void aNewReleaseStartsEmptyAndRefusesTheOldReleasesAnswers() {
        AnswerCache cache = new AnswerCache(BOUND, "r1");
        cache.put(key("r1", 1), answer(10));
        cache.serve("r2");
        assertTrue(cache.get(key("r1", 1)).isEmpty());
        assertEquals(0, cache.bytes());
        // A request still pinned to r1 finishes after the switch: what it computed is not kept.
        cache.put(key("r1", 1), answer(10));
        assertTrue(cache.get(key("r1", 1)).isEmpty());
        cache.put(key("r2", 1), answer(10));
        assertTrue(cache.get(key("r2", 1)).isPresent());
    }

    @Test
    void staysWithinItsBoundByEvictingAndCountsTheEvictions() {
        AnswerCache cache = new AnswerCache(BOUND, "r1");
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        cache.bindTo(registry);
        int body = (int) cache.largestBody() - 1024;
        IntStream.range(0, 64).forEach(i -> cache.put(key("r1", i), answer(body)));
        assertTrue(cache.bytes() <= BOUND, cache.bytes() + " bytes held");
        assertTrue(cache.bytes() > BOUND / 2, "it is used, not emptied: " + cache.bytes());
        long kept = IntStream.range(0, 64)
                .filter(i -> cache.get(key("r1", i)).isPresent())
                .count();
        assertTrue(kept > 0 && kept < 64, kept + " of 64 kept");
        assertEquals(
                64 - kept,
                registry.get("govgraph.answers.evictions").functionCounter().count());
        assertEquals(
                cache.bytes(), registry.get("govgraph.answers.bytes").gauge().value());
    }

    @Test
    void doesNotKeepABodyTooLargeForItsShare() {
        AnswerCache cache = new AnswerCache(BOUND, "r1");
        cache.put(key("r1", 1), answer((int) cache.largestBody() + 1));
        assertTrue(cache.get(key("r1", 1)).isEmpty());
        assertEquals(0, cache.bytes());
    }

    @Test
    void countsHitsAndMisses() {
        AnswerCache cache = new AnswerCache(BOUND, "r1");
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        cache.bindTo(registry);
        cache.get(key("r1", 1));
        cache.put(key("r1", 1), answer(10));
        cache.get(key("r1", 1));
        cache.get(key("r1", 1));
        assertEquals(2, registry.get("govgraph.answers.hits").functionCounter().count());
        assertEquals(
                1, registry.get("govgraph.answers.misses").functionCounter().count());
    }

    @Test
    void needsAPositiveBound() {
        assertThrows(IllegalArgumentException.class, () -> new AnswerCache(0, "r1"));
    }
}

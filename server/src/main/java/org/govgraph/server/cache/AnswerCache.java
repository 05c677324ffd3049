package org.govgraph.server.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Answers of the release served now, bounded in bytes (Caffeine's size-based eviction by
 * weight): emptied when the platform switches release, and never given an answer of another
 * release, so no request can be answered from a release older than the one it is pinned to.
 */
public final class AnswerCache {
    /** A body larger than this share of the bound is not kept: it would push out many small answers. */
    private static final int LARGEST_SHARE = 16;

    private final Cache<AnswerKey, CachedAnswer> answers;
    private final long maxBytes;
    private final Supplier<String> currentRelease;

    /**
     * @param maxBytes       the bound on the bytes held
     * @param currentRelease the id of the release served now
     */
    public AnswerCache(long maxBytes, Supplier<String> currentRelease) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("The answer cache needs a positive size: " + maxBytes);
        }
        this.maxBytes = maxBytes;
        this.currentRelease = currentRelease;
        this.answers = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((AnswerKey k, CachedAnswer v) -> k.weight() + v.body().length)
                .recordStats()
                .build();
    }

    public Optional<CachedAnswer> get(AnswerKey key) {
        return Optional.ofNullable(answers.getIfPresent(key));
    }

    /** The largest body worth keeping. */
    public long largestBody() {
        return maxBytes / LARGEST_SHARE;
    }

    /** Keeps an answer, unless it is too large or its release is no longer the one served. */
    public void put(AnswerKey key, CachedAnswer answer) {
        if (answer.body().length <= largestBody() && key.release().equals(currentRelease.get())) {
            answers.put(key, answer);
        }
    }

    /** Drops every answer: called as the platform switches to a new release. */
    public void clear() {
        answers.invalidateAll();
    }

    /** Hits, misses, evictions and the bytes held, as {@code govgraph.answers.cache.*}. */
    public void bindTo(MeterRegistry registry) {
        CaffeineCacheMetrics.monitor(registry, answers, "govgraph.answers");
        Gauge.builder("govgraph.answers.bytes", answers,
                        c -> c.policy().eviction().map(e -> e.weightedSize().orElse(0)).orElse(0L))
                .description("Bytes of answers held by the release-keyed answer cache").baseUnit("bytes")
                .register(registry);
    }
}

package org.govgraph.server.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

/**
 * The answers of one release, bounded in bytes (Caffeine's size-based eviction by weight).
 * Each release gets a fresh, empty generation of the cache, put in place in one atomic step
 * when the release is about to be served; a generation holds only its release's answers, so
 * no request is ever answered from another release than the one it is pinned to, and what
 * an old release's requests still compute is refused rather than left behind.
 */
public final class AnswerCache {
    /** A body larger than this share of the bound is not kept: it would push out many small answers. */
    private static final int LARGEST_SHARE = 16;

    private record Generation(String release, Cache<QueryKey, CachedAnswer> answers) {}

    private final long maxBytes;
    private final AtomicReference<Generation> generation = new AtomicReference<>();
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();
    private final LongAdder evictions = new LongAdder();
    private final LongAdder revalidations = new LongAdder();

    /**
     * @param maxBytes the bound on the bytes held
     * @param release  the id of the release served now
     */
    public AnswerCache(long maxBytes, String release) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("The answer cache needs a positive size: " + maxBytes);
        }
        this.maxBytes = maxBytes;
        serve(release);
    }

    /** Drops every answer and takes only this release's from now on: called as the platform switches to it. */
    public void serve(String release) {
        Cache<QueryKey, CachedAnswer> answers = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((QueryKey k, CachedAnswer v) -> k.weight() + v.body().length)
                // Evicting on the caller's thread keeps the bound exact at every put, with no pool of its own.
                .executor(Runnable::run)
                .evictionListener((k, v, cause) -> evictions.increment())
                .build();
        generation.set(new Generation(release, answers));
    }

    /** The kept answer for this key, counted as a hit or a miss. */
    public Optional<CachedAnswer> get(QueryKey key) {
        Generation g = generation.get();
        CachedAnswer answer = g.release().equals(key.release()) ? g.answers().getIfPresent(key) : null;
        (answer == null ? misses : hits).increment();
        return Optional.ofNullable(answer);
    }

    /** Counts a 304 answered from the tag alone, without the answer. */
    void revalidated() {
        revalidations.increment();
    }

    /** The largest body worth keeping. */
    public long largestBody() {
        return maxBytes / LARGEST_SHARE;
    }

    /** Keeps an answer, unless it is too large or its release is no longer the one served. */
    public void put(QueryKey key, CachedAnswer answer) {
        Generation g = generation.get();
        if (answer.body().length <= largestBody() && g.release().equals(key.release())) {
            g.answers().put(key, answer);
        }
    }

    /** The bytes held now, keys included, as the bound counts them. */
    public long bytes() {
        return generation
                .get()
                .answers()
                .policy()
                .eviction()
                .map(e -> e.weightedSize().orElse(0L))
                .orElse(0L);
    }

    /**
     * Hits, misses, evictions, revalidations and the bytes held, as
     * {@code govgraph_answers_hits_total}, {@code _misses_total}, {@code _evictions_total},
     * {@code _revalidations_total} and {@code govgraph_answers_bytes}: over every release
     * since the server started, the bytes of the release served now.
     */
    public void bindTo(MeterRegistry registry) {
        counter(registry, "govgraph.answers.hits", hits, "Answers served from the answer cache");
        counter(registry, "govgraph.answers.misses", misses, "Cacheable requests the answer cache did not hold");
        counter(registry, "govgraph.answers.evictions", evictions, "Answers evicted to keep the cache in its bound");
        counter(
                registry,
                "govgraph.answers.revalidations",
                revalidations,
                "304 Not Modified answers given from the entity tag alone");
        Gauge.builder("govgraph.answers.bytes", this, AnswerCache::bytes)
                .description("Bytes of answers held by the release-keyed answer cache")
                .baseUnit("bytes")
                .register(registry);
    }

    private static void counter(MeterRegistry registry, String name, LongAdder count, String description) {
        FunctionCounter.builder(name, count, LongAdder::doubleValue)
                .description(description)
                .register(registry);
    }
}

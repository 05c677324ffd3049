package org.govgraph.server;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.govgraph.search.query.SearchLimits;
import org.govgraph.server.sparql.AdminToken;
import org.govgraph.server.sparql.LoadPolicy;
import org.govgraph.server.sparql.QueryAdmission;

/**
 * How the server runs: its port, the SPARQL limits and the write policy.
 *
 * @param port           the TCP port (0 picks a free one)
 * @param loopbackOnly   listen on the loopback interface only
 * @param queryTimeout   the time limit of every SPARQL query
 * @param maxQueryBytes  the largest query (or update) accepted, in bytes; larger ones get 413
 * @param adminToken     the bearer token that allows writes; empty: writes are disabled
 * @param allowService   let SPARQL {@code SERVICE} call other hosts
 * @param maxQueries     SPARQL queries that may run at once
 * @param maxHeavyQueries queries of a heavy shape (cartesian products, unbounded paths) that may run at once
 * @param maxThreads     threads that serve requests, the connector's own included
 * @param loadPolicy     which URLs a SPARQL {@code LOAD} may fetch (none by default)
 * @param answerCacheBytes the bound of the release-keyed answer cache in bytes; 0 disables it
 * @param searchDeadline how long one keyword search (API or page) may run before it is stopped with 503
 */
public record ServerSettings(
        int port,
        boolean loopbackOnly,
        Duration queryTimeout,
        long maxQueryBytes,
        Optional<AdminToken> adminToken,
        boolean allowService,
        int maxQueries,
        int maxHeavyQueries,
        int maxThreads,
        LoadPolicy loadPolicy,
        long answerCacheBytes,
        Duration searchDeadline) {
    /** The default time limit of a keyword search: the search module's own. */
    public static final Duration DEFAULT_SEARCH_DEADLINE = SearchLimits.DEFAULT_DEADLINE;
    /** The default time limit of a query. */
    public static final Duration DEFAULT_QUERY_TIMEOUT = Duration.ofSeconds(30);
    /** 256 KiB: far above any hand-written query, far below what could hurt the server. */
    public static final long DEFAULT_MAX_QUERY_BYTES = 256 * 1024;
    /**
     * Jetty's own default. Fuseki's builder would use 20, too few here: a query waiting for
     * its slot ({@link QueryAdmission}) holds a thread, and with 20 a burst of refused heavy
     * queries leaves searches and lookups queued for a thread, out of sight of any metric.
     */
    public static final int DEFAULT_MAX_THREADS = 200;
    /** 64 MiB of answers: every example query's answer many times over, a small share of the heap. */
    public static final long DEFAULT_ANSWER_CACHE_BYTES = 64L * 1024 * 1024;
    /** Threads a server needs besides the query slots: the acceptor, the selector, pages and searches. */
    static final int THREADS_BESIDES_QUERIES = 8;

    /** {@link #DEFAULT_MAX_THREADS}, or more when the query slots need them. */
    public static int defaultMaxThreads(int maxQueries) {
        return Math.max(DEFAULT_MAX_THREADS, maxQueries + THREADS_BESIDES_QUERIES);
    }

    /** The threads asked for, or when none were, {@link #defaultMaxThreads}. */
    public static int maxThreadsOrDefault(Integer maxThreads, int maxQueries) {
        return maxThreads != null ? maxThreads : defaultMaxThreads(maxQueries);
    }

    public ServerSettings {
        Objects.requireNonNull(queryTimeout, "queryTimeout");
        Objects.requireNonNull(adminToken, "adminToken");
        Objects.requireNonNull(loadPolicy, "loadPolicy");
        Objects.requireNonNull(searchDeadline, "searchDeadline");
        if (queryTimeout.isNegative() || queryTimeout.isZero()) {
            throw new IllegalArgumentException("The query timeout must be positive: " + queryTimeout);
        }
        if (searchDeadline.isNegative() || searchDeadline.isZero()) {
            throw new IllegalArgumentException("The search deadline must be positive: " + searchDeadline);
        }
        QueryAdmission.checkSlots(maxQueries, maxHeavyQueries);
        if (maxThreads < maxQueries + THREADS_BESIDES_QUERIES) {
            throw new IllegalArgumentException("The server needs at least " + THREADS_BESIDES_QUERIES
                    + " threads more than query slots (" + maxQueries + "): " + maxThreads);
        }
        if (answerCacheBytes < 0) {
            throw new IllegalArgumentException("The answer cache size cannot be negative: " + answerCacheBytes);
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("No such port: " + port);
        }
    }

    public boolean answerCacheEnabled() {
        return answerCacheBytes > 0;
    }

    public boolean writesEnabled() {
        return adminToken.isPresent();
    }
}

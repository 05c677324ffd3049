package org.govgraph.server.sparql;

import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.util.Context;

/**
 * Bounds what one query may hold in memory, so that no query can take the server into
 * {@code OutOfMemoryError}: ORDER BY and DISTINCT keep at most {@link #SPILL_THRESHOLD}
 * rows in memory and spill the rest to temporary files (ARQ's
 * {@code ARQ.spillToDiskThreshold}); the strings GROUP_CONCAT builds, which ARQ grows
 * without bound, may hold {@link #MAX_GROUP_CONCAT_CHARS} characters in all, across the
 * groups of the query ({@link BoundedGroupConcat}). A query past that is stopped and
 * answered 422 with {@link #breach}'s message by {@link FusekiResponseFilter}.
 */
public final class QueryMemoryLimits {
    /** Rows ORDER BY and DISTINCT keep in memory before they spill to disk: a few MB. */
    static final long SPILL_THRESHOLD = 20_000;
    /** Characters of GROUP_CONCAT results one query may build: 8 MB of strings. */
    static final long MAX_GROUP_CONCAT_CHARS = 4_000_000;

    private static final ThreadLocal<String> BREACH = new ThreadLocal<>();

    private QueryMemoryLimits() {}

    /** Sets the spill threshold on the context every query reads. */
    static void install(Context context) {
        context.set(ARQ.spillToDiskThreshold, SPILL_THRESHOLD);
    }

    /** The characters of GROUP_CONCAT results one query may still build. */
    static AtomicLong groupConcatBudget() {
        return new AtomicLong(MAX_GROUP_CONCAT_CHARS);
    }

    /** A query stopped because it would hold too much; ARQ and Fuseki stop it as they stop a cancelled one. */
    static final class TooLarge extends QueryCancelledException {
        private static final long serialVersionUID = 1L;
        private final String reason;

        TooLarge(String reason) {
            this.reason = reason;
        }

        @Override
        public String getMessage() {
            return reason;
        }
    }

    /**
     * Stops the query running on this thread: remembers why (for the response) and throws.
     * Fuseki runs a query on its request thread, so the response filter finds the reason here.
     */
    static TooLarge breach(String reason) {
        BREACH.set(reason);
        return new TooLarge(reason);
    }

    /** Why the query that ran on this thread was stopped for its size, if it was; clears it. */
    static String takeBreach() {
        String reason = BREACH.get();
        BREACH.remove();
        return reason;
    }
}

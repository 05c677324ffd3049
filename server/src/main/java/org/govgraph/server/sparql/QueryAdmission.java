package org.govgraph.server.sparql;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Bounds how many SPARQL queries run at once, with a narrow lane for queries whose shape
 * can keep a core busy for the whole time limit ({@link QueryCost}). Without it, clients
 * that send cartesian products or unbounded paths end up holding every core, and a
 * one-triple lookup waits seconds behind them; with it, at most {@code heavyQueries} of
 * those run at once and the rest of the machine stays with the quick queries.
 *
 * <p>A query that finds its lane full waits a little (a heavy one {@link #HEAVY_WAIT}, any
 * other {@link #QUERY_WAIT}) and is then refused, so that an overloaded server answers
 * 503 with Retry-After at once instead of queueing work its clients have given up on.
 */
public final class QueryAdmission {
    /** How long a heavy query waits for the heavy lane: short, its client is told to retry. */
    static final Duration HEAVY_WAIT = Duration.ofSeconds(1);
    /** How long any query waits for a slot; quick queries free slots within milliseconds. */
    static final Duration QUERY_WAIT = Duration.ofSeconds(10);

    private final int queries;
    private final int heavyQueries;
    private final Duration heavyWait;
    private final Duration queryWait;
    private final Semaphore all;
    private final Semaphore heavy;

    /**
     * @param queries      queries that may run at once, of any shape
     * @param heavyQueries heavy queries that may run at once, counted within {@code queries}
     */
    public QueryAdmission(int queries, int heavyQueries) {
        this(queries, heavyQueries, HEAVY_WAIT, QUERY_WAIT);
    }

    /** As above, with the waits given (tests use short ones). */
    QueryAdmission(int queries, int heavyQueries, Duration heavyWait, Duration queryWait) {
        checkSlots(queries, heavyQueries);
        this.queries = queries;
        this.heavyQueries = heavyQueries;
        this.heavyWait = heavyWait;
        this.queryWait = queryWait;
        this.all = new Semaphore(queries, true);
        this.heavy = new Semaphore(heavyQueries, true);
    }

    /** Refuses slot counts no admission can work with: at least one of each, heavy ones within all. */
    public static void checkSlots(int queries, int heavyQueries) {
        if (queries < 1 || heavyQueries < 1 || heavyQueries > queries) {
            throw new IllegalArgumentException(
                    "Query slots must be 1 <= heavy (" + heavyQueries + ") <= all (" + queries + ")");
        }
    }

    /** Four queries per core, and half the cores (at least one) for heavy ones. */
    public static int defaultQueries() {
        return Math.max(4, 4 * Runtime.getRuntime().availableProcessors());
    }

    public static int defaultHeavyQueries() {
        return Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
    }

    /** A running query's slots; closing gives them back. */
    public interface Permit extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Takes the slots a query needs, waiting as described above; empty when the server is too
     * busy, and the query must be refused.
     */
    public Optional<Permit> admit(boolean isHeavy) throws InterruptedException {
        if (isHeavy && !heavy.tryAcquire(heavyWait.toMillis(), TimeUnit.MILLISECONDS)) {
            return Optional.empty();
        }
        if (!all.tryAcquire((isHeavy ? heavyWait : queryWait).toMillis(), TimeUnit.MILLISECONDS)) {
            if (isHeavy) {
                heavy.release();
            }
            return Optional.empty();
        }
        AtomicBoolean held = new AtomicBoolean(true);
        return Optional.of(() -> {
            if (held.getAndSet(false)) { // Twice closed must not hand out a slot twice.
                all.release();
                if (isHeavy) {
                    heavy.release();
                }
            }
        });
    }

    public int queries() {
        return queries;
    }

    public int heavyQueries() {
        return heavyQueries;
    }
}

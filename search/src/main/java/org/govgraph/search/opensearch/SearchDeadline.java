package org.govgraph.search.opensearch;

import java.net.SocketTimeoutException;
import java.time.Duration;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.core5.util.Timeout;
import org.govgraph.search.SearchTimeoutException;
import org.govgraph.search.query.SearchLimits;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5Options;

/**
 * The deadline of one search on an OpenSearch cluster, shared by the requests it makes (the
 * search, the fallbacks' counts, the search again): each is sent with what is left of it, both
 * as the search body's {@code timeout} (the cluster stops collecting and says it timed out) and
 * as the client's response timeout (a node that does not answer at all). Either way the search
 * ends with the {@link SearchTimeoutException} the in-process index gives ({@link SearchLimits#timedOut}).
 */
public final class SearchDeadline {
    private final Duration deadline;
    private final long endNanos;

    private SearchDeadline(Duration deadline) {
        this.deadline = deadline;
        this.endNanos = System.nanoTime() + deadline.toNanos();
    }

    /** A deadline that starts now. */
    public static SearchDeadline after(Duration deadline) {
        return new SearchDeadline(deadline);
    }

    /** What is left, at least one millisecond (a request needs a positive timeout); past the end, the timeout error. */
    private Duration remaining() {
        check();
        return Duration.ofNanos(Math.max(endNanos - System.nanoTime(), 1_000_000));
    }

    /** Whether the deadline has passed. */
    public boolean passed() {
        return System.nanoTime() - endNanos >= 0;
    }

    /**
     * Throws the timeout error if the deadline has passed: an answer complete only after it is not
     * given, as the in-process index, whose reader stops at the deadline, gives none.
     */
    public void check() {
        if (passed()) {
            throw timedOut(null);
        }
    }

    /** The body's {@code timeout}: what is left, in milliseconds. */
    public String timeout() {
        return remaining().toMillis() + "ms";
    }

    /** {@code client} with a response timeout of what is left. */
    public OpenSearchClient client(OpenSearchClient client) {
        Timeout left = Timeout.ofMilliseconds(remaining().toMillis());
        return client.withTransportOptions(ApacheHttpClient5Options.DEFAULT.toBuilder()
                .setRequestConfig(
                        RequestConfig.custom().setResponseTimeout(left).build())
                .build());
    }

    /** The error of a search stopped at this deadline. */
    public SearchTimeoutException timedOut(Throwable cause) {
        return SearchLimits.timedOut(deadline, cause);
    }

    /** Whether a failed request failed because the client stopped waiting for its answer. */
    public static boolean isTimeout(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SocketTimeoutException) {
                return true;
            }
        }
        return false;
    }
}

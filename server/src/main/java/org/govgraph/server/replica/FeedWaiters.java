package org.govgraph.server.replica;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import org.govgraph.release.Releases;

/**
 * The replicas waiting on the feed ({@code GET /releases/current?after=ID}) for a release
 * they do not have: each request is suspended (a servlet {@link AsyncContext}, so no thread
 * waits with it) until the platform serves a new release or writes a bundle, or until
 * {@link #HOLD} has passed, and is then dispatched again to be answered as any feed request.
 * A replica thus hears of a new release as soon as it can follow it, without asking every
 * poll interval.
 */
final class FeedWaiters {
    /** How long a request is held: below the idle timeouts of common proxies (HAProxy's default is 50 s). */
    static final Duration HOLD = Duration.ofSeconds(25);

    private final Set<AsyncContext> waiting = ConcurrentHashMap.newKeySet();

    FeedWaiters(Releases releases, Replication replication) {
        releases.afterServing(release -> wakeAll());
        replication.offer().ifPresent(offer -> offer.afterWriting(this::wakeAll));
    }

    /**
     * Suspends {@code request} unless {@code ready} (the feed has what the replica waits for)
     * or the request was dispatched back here already (woken or timed out: it is answered).
     *
     * @return whether the request is held, and is to be left alone by the caller
     */
    boolean holdUnless(HttpServletRequest request, BooleanSupplier ready) {
        if (request.isAsyncStarted() || request.getDispatcherType() == jakarta.servlet.DispatcherType.ASYNC) {
            return false;
        }
        if (ready.getAsBoolean()) {
            return false;
        }
        AsyncContext held = request.startAsync();
        held.setTimeout(HOLD.toMillis());
        held.addListener(new AsyncListener() {
            @Override
            public void onTimeout(AsyncEvent event) {
                wake(held);
            }

            @Override
            public void onComplete(AsyncEvent event) {
                waiting.remove(held);
            }

            @Override
            public void onError(AsyncEvent event) {
                waiting.remove(held);
            }

            @Override
            public void onStartAsync(AsyncEvent event) {
                // Held once only: a request dispatched back is answered.
            }
        });
        waiting.add(held);
        // A release served between the check and the add woke nobody: look again.
        if (ready.getAsBoolean()) {
            wake(held);
        }
        return true;
    }

    private void wakeAll() {
        waiting.forEach(this::wake);
    }

    /** Dispatches a held request back to the servlet, once. */
    private void wake(AsyncContext held) {
        if (waiting.remove(held)) {
            held.dispatch();
        }
    }
}

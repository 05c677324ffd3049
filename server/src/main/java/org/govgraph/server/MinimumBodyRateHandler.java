package org.govgraph.server;

import java.time.Duration;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.NanoTime;

/**
 * Cuts a request whose body arrives slower than a minimum rate with 408, so a client that
 * trickles a body cannot keep its connection (and what reads the body) for long. The rate
 * is judged per request, after a grace period, whenever more of the body is asked for:
 * {@code bytes read >= rate x (seconds since the first ask - grace)}. (Jetty 12's own
 * {@code MinimumDataRateHandler} divides the bytes of all requests by the time of one, so
 * on a busy server it never cuts anyone; {@code HttpConfiguration.setMinRequestDataRate}
 * is no longer read by Jetty 12.)
 */
final class MinimumBodyRateHandler extends Handler.Wrapper {
    private final long bytesPerSecond;
    private final long graceNanos;

    MinimumBodyRateHandler(Handler handler, long bytesPerSecond, Duration grace) {
        super(handler);
        this.bytesPerSecond = bytesPerSecond;
        this.graceNanos = grace.toNanos();
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        boolean hasBody = request.getLength() > 0
                || request.getLength() < 0 && request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING);
        return super.handle(hasBody ? new RateChecked(request) : request, response, callback);
    }

    private final class RateChecked extends Request.Wrapper {
        private long firstDemand;
        private long bytesRead;
        private Content.Chunk failure;

        RateChecked(Request request) {
            super(request);
        }

        @Override
        public Content.Chunk read() {
            if (failure != null) {
                return failure;
            }
            Content.Chunk chunk = super.read();
            if (chunk != null) {
                bytesRead += chunk.remaining();
            }
            return chunk;
        }

        @Override
        public void demand(Runnable demandCallback) {
            long now = NanoTime.now();
            if (firstDemand == 0) {
                firstDemand = now;
            }
            long late = NanoTime.elapsed(firstDemand, now) - graceNanos;
            if (late > 0 && bytesRead < bytesPerSecond * late / 1_000_000_000L) {
                failure = Content.Chunk.from(new HttpException.RuntimeException(
                        408, "The request body arrived slower than " + bytesPerSecond + " bytes per second"));
                demandCallback.run();
                return;
            }
            super.demand(demandCallback);
        }
    }
}

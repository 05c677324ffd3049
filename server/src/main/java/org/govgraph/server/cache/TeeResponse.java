package org.govgraph.server.cache;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.govgraph.server.InterceptedResponse;

/**
 * A response that goes to the client as it is written and is copied on the side, up to a
 * limit: a miss costs the client nothing, and a body too large to keep stops being copied.
 * The caching headers of an answer are the cache's: what the servlet says of them (Fuseki
 * marks every query answer {@code no-store}) is dropped, except on an error, and the cache's
 * own are added just before the headers go out, only when the status is 200, so that no
 * error carries an entity tag.
 *
 * <p>A held response ({@code If-None-Match: *} on a miss) sends nothing while it is written:
 * the filter answers 304 if it turns out to be a 200, else sends what was held.
 */
final class TeeResponse extends InterceptedResponse {
    private static final Set<String> CACHING_HEADERS = Set.of("cache-control", "pragma", "expires", "etag");
    private final long limit;
    private final Runnable describeAnswer;
    private final boolean held;
    private final ByteArrayOutputStream copy = new ByteArrayOutputStream();
    private boolean overflowed;
    private boolean errored;
    private boolean described;

    /**
     * @param describeAnswer sets the cache's headers on a 200 answer, before its headers are sent
     * @param held           whether to send nothing (the filter decides what to send at the end)
     */
    TeeResponse(HttpServletResponse response, long limit, Runnable describeAnswer, boolean held) {
        super(response);
        this.limit = limit;
        this.describeAnswer = describeAnswer;
        this.held = held;
    }

    /** The body as sent, if it was a whole answer within the limit (not an error page). */
    Optional<byte[]> captured() {
        return overflowed || errored ? Optional.empty() : Optional.of(copy.toByteArray());
    }

    /** Sends what a held response holds, as it would have been sent. */
    void sendHeld() throws IOException {
        getResponse().getOutputStream().write(copy.toByteArray());
    }

    private void beforeHeadersGoOut() {
        if (!described) {
            described = true;
            if (getStatus() == SC_OK && !errored) {
                describeAnswer.run();
            }
        }
    }

    @Override
    public void sendError(int sc, String msg) throws IOException {
        errored = true; // an error page is not an answer to keep
        super.sendError(sc, msg);
    }

    @Override
    public void sendError(int sc) throws IOException {
        sendError(sc, null);
    }

    @Override
    public void reset() {
        super.reset();
        restartCopy();
    }

    @Override
    public void resetBuffer() {
        super.resetBuffer();
        restartCopy();
    }

    /** What was written before a reset is not sent, so it is not part of the answer either. */
    private void restartCopy() {
        copy.reset();
        overflowed = false;
    }

    @Override
    public void setHeader(String name, String value) {
        if (!cachingHeader(name)) {
            super.setHeader(name, value);
        }
    }

    @Override
    public void addHeader(String name, String value) {
        if (!cachingHeader(name)) {
            super.addHeader(name, value);
        }
    }

    @Override
    public void setDateHeader(String name, long date) {
        if (!cachingHeader(name)) {
            super.setDateHeader(name, date);
        }
    }

    @Override
    public void setContentLength(int len) {
        if (!held) { // a held body may become a 304, which has none
            super.setContentLength(len);
        }
    }

    @Override
    public void setContentLengthLong(long len) {
        if (!held) {
            super.setContentLengthLong(len);
        }
    }

    private boolean cachingHeader(String name) {
        return getStatus() < 400 && CACHING_HEADERS.contains(name.toLowerCase(Locale.ROOT));
    }

    /** Also ends the response as written: the writer flushed, the cache's headers added to a 200. */
    @Override
    public void flushBuffer() throws IOException {
        flushWriter();
        beforeHeadersGoOut();
        if (!held) {
            super.flushBuffer();
        }
    }

    private void keep(byte[] b, int off, int len) {
        if (overflowed) {
            return;
        }
        if (copy.size() + (long) len > limit) {
            overflowed = true;
            copy.reset();
            return;
        }
        copy.write(b, off, len);
    }

    /** Copies what is written; passes it on unless the response is held ({@code client} null). */
    @Override
    protected void written(ServletOutputStream client, byte[] b, int off, int len) throws IOException {
        beforeHeadersGoOut();
        if (client != null) {
            client.write(b, off, len);
        }
        keep(b, off, len);
    }

    @Override
    protected void flushed(ServletOutputStream client) throws IOException {
        beforeHeadersGoOut();
        if (client != null) {
            client.flush();
        }
    }

    @Override
    protected boolean sendsNothing() {
        return held;
    }
}

package org.govgraph.server.sparql;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.govgraph.server.InterceptedResponse;

/**
 * Fuseki's view of the response, for {@link FusekiResponseFilter}: bodies of successful
 * responses pass through; once Fuseki sets an error status, what it writes is kept here
 * (as the error's text) instead of being sent; and Fuseki's in-band cancellation notice
 * is recognised and dropped, with everything after it.
 */
final class FusekiResponse extends InterceptedResponse {
    /** How Fuseki starts the lines it writes into results stopped by the time limit. */
    private static final byte[] CANCELLED = "##  Query cancelled".getBytes(StandardCharsets.US_ASCII);
    /** Enough of an error text for any message worth showing. */
    private static final int MAX_ERROR_TEXT = 8192;

    private int status = SC_OK;
    private String errorMessage;
    private final ByteArrayOutputStream errorText = new ByteArrayOutputStream();
    private boolean cancelled;

    FusekiResponse(HttpServletResponse response) {
        super(response);
    }

    boolean cancelled() {
        return cancelled;
    }

    int status() {
        return status;
    }

    /** What Fuseki wrote (or gave to sendError) for its error. */
    String errorText() {
        flushWriter();
        String text = errorText.toString(StandardCharsets.UTF_8).strip();
        return text.isEmpty() && errorMessage != null ? errorMessage : text;
    }

    private boolean error() {
        return status >= 400;
    }

    @Override
    public void setStatus(int sc) {
        status = sc;
        if (sc < 400) {
            super.setStatus(sc);
        }
    }

    @Override
    public void sendError(int sc, String msg) {
        status = sc;
        errorMessage = msg;
    }

    @Override
    public void sendError(int sc) {
        status = sc;
    }

    @Override
    public int getStatus() {
        return status;
    }

    // An error's headers are the filter's to set; Fuseki's (text/plain, its length) would contradict them.
    @Override
    public void setContentType(String type) {
        if (!error()) {
            super.setContentType(type);
        }
    }

    @Override
    public void setContentLength(int len) {
        if (!error()) {
            super.setContentLength(len);
        }
    }

    @Override
    public void setContentLengthLong(long len) {
        if (!error()) {
            super.setContentLengthLong(len);
        }
    }

    @Override
    public void setCharacterEncoding(String charset) {
        if (!error()) {
            super.setCharacterEncoding(charset);
        }
    }

    @Override
    public void flushBuffer() throws IOException {
        if (!error() && !cancelled) {
            super.flushBuffer();
        }
    }

    @Override
    protected Charset writerCharset() {
        return StandardCharsets.UTF_8;
    }

    /** What Fuseki writes goes through to the client, into the error text, or nowhere. */
    @Override
    protected void written(ServletOutputStream client, byte[] b, int off, int len) throws IOException {
        if (cancelled) {
            return;
        }
        if (startsWith(b, off, len, CANCELLED)) {
            cancelled = true; // Fuseki writes the notice in writes of its own, one per line.
            return;
        }
        if (error()) {
            errorText.write(b, off, Math.max(0, Math.min(len, MAX_ERROR_TEXT - errorText.size())));
            return;
        }
        client.write(b, off, len);
    }

    @Override
    protected void flushed(ServletOutputStream client) throws IOException {
        if (!cancelled && !error()) {
            client.flush();
        }
    }

    @Override
    protected void closed(ServletOutputStream client) throws IOException {
        // The filter may still have to answer (an error, the cut): only a clean response is completed here.
        if (!cancelled && !error()) {
            client.close();
        }
    }

    private static boolean startsWith(byte[] b, int off, int len, byte[] prefix) {
        if (len < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (b[off + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}

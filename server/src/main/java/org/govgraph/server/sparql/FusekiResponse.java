package org.govgraph.server.sparql;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Fuseki's view of the response, for {@link FusekiResponseFilter}: bodies of successful
 * responses pass through; once Fuseki sets an error status, what it writes is kept here
 * (as the error's text) instead of being sent; and Fuseki's in-band cancellation notice
 * is recognised and dropped, with everything after it.
 */
final class FusekiResponse extends HttpServletResponseWrapper {
    /** How Fuseki starts the lines it writes into results stopped by the time limit. */
    private static final byte[] CANCELLED = "##  Query cancelled".getBytes(StandardCharsets.US_ASCII);
    /** Enough of an error text for any message worth showing. */
    private static final int MAX_ERROR_TEXT = 8192;

    private int status = SC_OK;
    private String errorMessage;
    private final ByteArrayOutputStream errorText = new ByteArrayOutputStream();
    private boolean cancelled;
    private ServletOutputStream stream;
    private PrintWriter writer;

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
        if (writer != null) {
            writer.flush();
        }
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
    public ServletOutputStream getOutputStream() throws IOException {
        if (stream == null) {
            stream = new Watched(super.getOutputStream());
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        if (writer == null) {
            writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), StandardCharsets.UTF_8));
        }
        return writer;
    }

    /** The stream Fuseki writes to: through to the client, into the error text, or nowhere. */
    private final class Watched extends ServletOutputStream {
        private final ServletOutputStream out;

        Watched(ServletOutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
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
            out.write(b, off, len);
        }

        @Override
        public void flush() throws IOException {
            if (!cancelled && !error()) {
                out.flush();
            }
        }

        @Override
        public void close() throws IOException {
            // The filter may still have to answer (an error, the cut): only a clean response is completed here.
            if (!cancelled && !error()) {
                out.close();
            }
        }

        @Override
        public boolean isReady() {
            return out.isReady();
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            out.setWriteListener(listener);
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

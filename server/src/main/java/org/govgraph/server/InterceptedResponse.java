package org.govgraph.server;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;

/**
 * A response whose body passes through the wrapper on its way to the client, so that a filter
 * can copy it, keep it back or drop part of it: the base of the answer cache's tee and of the
 * view that keeps Fuseki's error texts and cancellation notices from the client. The stream and
 * the writer are made once each and the writer writes into the stream, so every byte, written
 * either way, reaches {@link #written} in order.
 */
public abstract class InterceptedResponse extends HttpServletResponseWrapper {
    private ServletOutputStream stream;
    private PrintWriter writer;

    protected InterceptedResponse(HttpServletResponse response) {
        super(response);
    }

    /**
     * Takes bytes the servlet wrote.
     *
     * @param client the client's stream, or null when {@link #sendsNothing()}
     */
    protected abstract void written(ServletOutputStream client, byte[] b, int off, int len) throws IOException;

    /** Takes the servlet's flush of the body stream ({@code client} as for {@link #written}). */
    protected abstract void flushed(ServletOutputStream client) throws IOException;

    /** Takes the servlet's close of the body stream; by default, like any output stream's, it does nothing. */
    protected void closed(ServletOutputStream client) throws IOException {}

    /** True when no byte may reach the client while the servlet writes (asked once, at the first write). */
    protected boolean sendsNothing() {
        return false;
    }

    /** The encoding of {@link #getWriter()}: the response's own unless a subclass knows better. */
    protected Charset writerCharset() {
        return Charset.forName(getCharacterEncoding());
    }

    /** Pushes what the writer buffers into the stream, so that all that was written has been seen. */
    protected final void flushWriter() {
        if (writer != null) {
            writer.flush();
        }
    }

    @Override
    public final ServletOutputStream getOutputStream() throws IOException {
        if (stream == null) {
            stream = new Intercepted(sendsNothing() ? null : super.getOutputStream());
        }
        return stream;
    }

    @Override
    public final PrintWriter getWriter() throws IOException {
        if (writer == null) {
            writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), writerCharset()));
        }
        return writer;
    }

    /** The stream the servlet writes to: every call handed to the response's hooks. */
    private final class Intercepted extends ServletOutputStream {
        private final ServletOutputStream client;

        Intercepted(ServletOutputStream client) {
            this.client = client;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            written(client, b, off, len);
        }

        @Override
        public void flush() throws IOException {
            flushed(client);
        }

        @Override
        public void close() throws IOException {
            closed(client);
        }

        @Override
        public boolean isReady() {
            return client == null || client.isReady();
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            if (client != null) {
                client.setWriteListener(listener);
            }
        }
    }
}

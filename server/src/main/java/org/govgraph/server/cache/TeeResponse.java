package org.govgraph.server.cache;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A response that goes to the client as it is written and is copied on the side, up to a
 * limit: a miss costs the client nothing, and a body too large to keep stops being copied.
 * The caching headers of an answer are the cache's: what the servlet says of them (Fuseki
 * marks every query answer {@code no-store}) is dropped, except on an error.
 */
final class TeeResponse extends HttpServletResponseWrapper {
    private static final Set<String> CACHING_HEADERS = Set.of("cache-control", "pragma", "expires", "etag");
    private final long limit;
    private final ByteArrayOutputStream copy = new ByteArrayOutputStream();
    private boolean overflowed;
    private ServletOutputStream stream;
    private PrintWriter writer;

    TeeResponse(HttpServletResponse response, long limit) {
        super(response);
        this.limit = limit;
    }

    /** The body as sent, if it was sent whole within the limit. */
    Optional<byte[]> captured() {
        return overflowed ? Optional.empty() : Optional.of(copy.toByteArray());
    }

    @Override
    public void sendError(int sc, String msg) throws IOException {
        overflowed = true; // an error page is not an answer to keep
        super.sendError(sc, msg);
    }

    @Override
    public void sendError(int sc) throws IOException {
        sendError(sc, null);
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

    private boolean cachingHeader(String name) {
        return getStatus() < 400 && CACHING_HEADERS.contains(name.toLowerCase(Locale.ROOT));
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (stream == null) {
            stream = new Tee(super.getOutputStream());
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        if (writer == null) {
            writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), Charset.forName(getCharacterEncoding())));
        }
        return writer;
    }

    @Override
    public void flushBuffer() throws IOException {
        if (writer != null) {
            writer.flush();
        }
        super.flushBuffer();
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

    private final class Tee extends ServletOutputStream {
        private final ServletOutputStream out;

        Tee(ServletOutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            keep(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            keep(b, off, len);
        }

        @Override
        public void flush() throws IOException {
            out.flush();
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
}

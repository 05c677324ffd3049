package org.govgraph.server.sparql;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * A request whose body a filter has read already (to judge it), served again from memory to
 * the servlets after it, which read it synchronously. A body the filter has decoded
 * ({@link #decoded}) no longer carries its {@code Content-Encoding}, so nothing after the
 * filter inflates it a second time, beyond the limit the filter applied.
 */
final class ReplayedBody extends HttpServletRequestWrapper {
    private static final String CONTENT_ENCODING = "Content-Encoding";

    private final byte[] body;
    private final boolean decoded;

    ReplayedBody(HttpServletRequest request, byte[] body) {
        this(request, body, false);
    }

    private ReplayedBody(HttpServletRequest request, byte[] body, boolean decoded) {
        super(request);
        this.body = body;
        this.decoded = decoded;
    }

    /** The request with {@code body}, the decoded form of its compressed body, and no Content-Encoding. */
    static ReplayedBody decoded(HttpServletRequest request, byte[] body) {
        return new ReplayedBody(request, body, true);
    }

    @Override
    public int getContentLength() {
        return body.length;
    }

    @Override
    public long getContentLengthLong() {
        return body.length;
    }

    @Override
    public String getHeader(String name) {
        if (decoded && CONTENT_ENCODING.equalsIgnoreCase(name)) {
            return null;
        }
        if (decoded && "Content-Length".equalsIgnoreCase(name)) {
            return Integer.toString(body.length);
        }
        return super.getHeader(name);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
        if (decoded && (CONTENT_ENCODING.equalsIgnoreCase(name) || "Content-Length".equalsIgnoreCase(name))) {
            String value = getHeader(name);
            return Collections.enumeration(value == null ? List.of() : List.of(value));
        }
        return super.getHeaders(name);
    }

    @Override
    public Enumeration<String> getHeaderNames() {
        if (!decoded) {
            return super.getHeaderNames();
        }
        List<String> names = Collections.list(super.getHeaderNames());
        names.removeIf(CONTENT_ENCODING::equalsIgnoreCase);
        return Collections.enumeration(names);
    }

    @Override
    public ServletInputStream getInputStream() {
        ByteArrayInputStream in = new ByteArrayInputStream(body);
        return new ServletInputStream() {
            @Override
            public int read() {
                return in.read();
            }

            @Override
            public int read(byte[] b, int off, int len) {
                return in.read(b, off, len);
            }

            @Override
            public boolean isFinished() {
                return in.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                throw new IllegalStateException("synchronous reads only");
            }
        };
    }

    @Override
    public BufferedReader getReader() {
        String charset = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
        return new BufferedReader(new InputStreamReader(getInputStream(), java.nio.charset.Charset.forName(charset)));
    }
}

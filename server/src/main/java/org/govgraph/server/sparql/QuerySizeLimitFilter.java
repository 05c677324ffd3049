package org.govgraph.server.sparql;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import org.govgraph.server.ErrorMapper;

/**
 * Refuses a SPARQL request whose body is larger than the server accepts with 413. A body
 * with a Content-Length is judged before anything reads it; a chunked one (no length) is
 * read here up to the limit and handed on from memory, so no filter or servlet after this
 * one reads an unbounded body. (A query string too long for a GET is refused by Jetty's
 * header limit with 414, and an HTML form by Jetty's form size limit, before they get here.)
 */
public final class QuerySizeLimitFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;

    private final long maxBytes;

    public QuerySizeLimitFilter(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long length = request.getContentLengthLong();
        if (length > maxBytes) {
            if (length <= maxBytes * DRAIN_FACTOR) {
                // Read and discard a moderately oversized body, so that a client still sending it
                // reads the 413 instead of a reset connection; anything larger is not worth
                // reading, and Jetty closes the connection after the answer.
                request.getInputStream().transferTo(OutputStream.nullOutputStream());
            }
            refuse(request, response, length + " bytes", maxBytes);
            return;
        }
        if (length < 0 && hasRawBody(request)) {
            byte[] body = request.getInputStream().readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
            if (body.length > maxBytes) {
                refuse(request, response, "more than " + maxBytes + " bytes", maxBytes);
                return;
            }
            chain.doFilter(new ReplayedBody(request, body), response);
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * A POST whose body is the query or update itself. Not a form: Jetty parses that into
     * parameters from its own input, and caps it itself.
     */
    private static boolean hasRawBody(HttpServletRequest request) {
        String type = request.getContentType();
        return "POST".equals(request.getMethod()) && type != null
                && !type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }

    /** Answers 413 for a request of {@code size} (as the client is told it) over {@code maxBytes}. */
    static void refuse(HttpServletRequest request, HttpServletResponse response, String size, long maxBytes)
            throws IOException {
        ErrorMapper.write(request, response, 413, "The request is too large: " + size
                + "; this server accepts queries of up to " + maxBytes + " bytes");
    }

    /** How many times the limit a refused body may be, and still be drained before the answer. */
    private static final long DRAIN_FACTOR = 4;
}

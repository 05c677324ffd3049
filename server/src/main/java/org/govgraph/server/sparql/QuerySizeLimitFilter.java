package org.govgraph.server.sparql;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import org.eclipse.jetty.http.BadMessageException;
import org.eclipse.jetty.http.HttpException;
import org.govgraph.server.ErrorMapper;

/**
 * Refuses a SPARQL request whose body is larger than the server accepts with 413. A body
 * with a Content-Length is judged before anything reads it; a chunked one (no length) is
 * read here up to the limit and handed on from memory, and a chunked form is parsed here
 * under Jetty's form limit, so no filter or servlet after this one reads an unbounded body.
 * (A query string too long for a GET is refused by Jetty's header limit with 414.)
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
            refuse(request, response, length + " bytes");
            return;
        }
        if (length < 0 && "POST".equals(request.getMethod()) && request.getContentType() != null) {
            chunked(request, response, chain); // No Content-Length to judge: read it here, up to the limit.
            return;
        }
        chain.doFilter(request, response);
    }

    private void chunked(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String tooLarge = "more than " + maxBytes + " bytes";
        if (request.getContentType().toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            // Jetty reads a form itself, into parameters, up to the context's form limit (set to
            // maxBytes by the server); parsing it here turns its "too large" into this 413.
            try {
                request.getParameterMap();
            } catch (BadMessageException e) {
                if (e.getCause() instanceof HttpException cause && cause.getCode() == 413) {
                    refuse(request, response, tooLarge);
                    return;
                }
                throw e;
            }
            chain.doFilter(request, response);
            return;
        }
        byte[] body = request.getInputStream().readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
        if (body.length > maxBytes) {
            refuse(request, response, tooLarge);
            return;
        }
        chain.doFilter(new ReplayedBody(request, body), response);
    }

    /** Answers 413 for a request of {@code size} (as the client is told it) over the limit. */
    private void refuse(HttpServletRequest request, HttpServletResponse response, String size) throws IOException {
        ErrorMapper.write(request, response, 413, "The request is too large: " + size
                + "; this server accepts queries of up to " + maxBytes + " bytes");
    }

    /** How many times the limit a refused body may be, and still be drained before the answer. */
    private static final long DRAIN_FACTOR = 4;
}

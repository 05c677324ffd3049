package org.govgraph.server.sparql;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.govgraph.server.ErrorMapper;

/**
 * Refuses a SPARQL request whose body is larger than the server accepts with 413, before
 * anything reads it. (A query string too long for a GET is refused by Jetty's header limit
 * with 414 before it gets here.)
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
            ErrorMapper.write(request, response, 413,
                    "The request is too large: " + length + " bytes; this server accepts queries of up to " + maxBytes + " bytes");
            return;
        }
        chain.doFilter(request, response);
    }
}

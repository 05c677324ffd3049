package org.govgraph.server.sparql;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Set;

/**
 * Makes {@code GET /data?default} (and HEAD) read the default graph queries see, the union
 * of the named graphs, instead of the store's own default graph, which holds nothing: the
 * request is read as {@code ?graph=union}, Fuseki's name for that graph. Writes are left as
 * they are.
 */
public final class UnionDefaultGraphFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        if (read && request.getParameter("default") != null && request.getParameter("graph") == null) {
            chain.doFilter(new WithoutParameters(request, Set.of("default"), Map.of("graph", "union")), response);
            return;
        }
        chain.doFilter(request, response);
    }
}

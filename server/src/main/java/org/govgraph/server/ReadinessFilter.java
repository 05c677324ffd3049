package org.govgraph.server;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Answers 503 with Retry-After while the server is still starting (for example rebuilding the search index). */
final class ReadinessFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;

    private volatile boolean ready;

    void ready() {
        ready = true;
    }

    boolean isReady() {
        return ready;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (ready
                || request.getRequestURI().equals("/healthz")
                || request.getRequestURI().equals("/readyz")) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("Retry-After", "5");
        ErrorMapper.write(request, response, 503, "govgraph is starting; try again in a few seconds");
    }
}

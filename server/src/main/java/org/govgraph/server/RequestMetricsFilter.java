package org.govgraph.server;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;

/** Times every request and records it under the route of the table that serves it. */
final class RequestMetricsFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;

    private final transient ServerMetrics metrics;

    RequestMetricsFilter(ServerMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long start = arrival(request);
        try {
            chain.doFilter(request, response);
        } finally {
            metrics.request(
                    routeOf(request.getRequestURI()),
                    request.getMethod(),
                    response.getStatus(),
                    Duration.ofNanos(System.nanoTime() - start));
        }
    }

    /**
     * When Jetty began reading the request, so that parsing it and the handlers before this
     * filter count too; now, when the container cannot say. Time a request spends queued for
     * a thread comes before that and shows in no server metric (see ServerSettings#DEFAULT_MAX_THREADS).
     */
    private static long arrival(HttpServletRequest request) {
        ServletContextRequest core = ServletContextRequest.getServletContextRequest(request);
        return core != null ? core.getBeginNanoTime() : System.nanoTime();
    }

    /** The path spec of the route that matches, or "other" so that scanners cannot blow up the label set. */
    static String routeOf(String uri) {
        String best = "other";
        int bestLength = -1;
        for (Route route : Routes.all()) {
            String spec = route.pathSpec();
            boolean matches = spec.endsWith("/*")
                    ? uri.startsWith(spec.substring(0, spec.length() - 1))
                            || uri.equals(spec.substring(0, spec.length() - 2))
                    : uri.equals(spec);
            if (matches && spec.length() > bestLength) {
                best = spec;
                bestLength = spec.length();
            }
        }
        return best;
    }
}

package org.govgraph.server.sparql;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.function.Predicate;
import org.govgraph.server.ErrorMapper;

/**
 * Answers a GET on a protocol path that carries neither a {@code query} nor an {@code update}
 * parameter, and whose Accept header {@code asks} for what {@code page} writes, with
 * {@code page}: the SPARQL editor for browsers, the Service Description for everyone else on
 * {@code /sparql}. Every other request goes on to the protocol implementation.
 */
public final class QuerylessGetFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;

    private final HttpServlet page;
    private final transient Predicate<String> asks;

    /** {@code asks} reads the request's Accept header, which may be null. */
    public QuerylessGetFilter(HttpServlet page, Predicate<String> asks) {
        this.page = page;
        this.asks = asks;
    }

    /** Serves {@code page} to browsers: the Accept header prefers HTML. */
    public static QuerylessGetFilter forBrowsers(HttpServlet page) {
        return new QuerylessGetFilter(page, ErrorMapper::prefersHtml);
    }

    /** Serves {@code page} whatever the Accept header says (it negotiates its own format). */
    public static QuerylessGetFilter forAnyone(HttpServlet page) {
        return new QuerylessGetFilter(page, accept -> true);
    }

    @Override
    public void init(FilterConfig config) throws ServletException {
        super.init(config);
        ServletContext context = config.getServletContext();
        page.init(new ServletConfig() {
            @Override
            public String getServletName() {
                return page.getClass().getSimpleName();
            }

            @Override
            public ServletContext getServletContext() {
                return context;
            }

            @Override
            public String getInitParameter(String name) {
                return null;
            }

            @Override
            public Enumeration<String> getInitParameterNames() {
                return Collections.emptyEnumeration();
            }
        });
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // An update by GET is the protocol's to refuse (400), not a request for a description.
        boolean asked = ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
                && request.getParameter("query") == null
                && request.getParameter("update") == null
                && asks.test(request.getHeader("Accept"));
        if (asked) {
            page.service(request, response);
        } else {
            chain.doFilter(request, response);
        }
    }

    @Override
    public void destroy() {
        page.destroy();
    }
}

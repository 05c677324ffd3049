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
import org.govgraph.server.ErrorMapper;

/**
 * Shows a page to browsers on a protocol path: a GET that asks for HTML and carries no
 * {@code query} parameter is served by {@code page} (the SPARQL editor on {@code /sparql});
 * every other request goes on to the protocol implementation.
 */
public final class BrowserPageFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;

    private final HttpServlet page;

    public BrowserPageFilter(HttpServlet page) {
        this.page = page;
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
        boolean browserAsks = ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
                && ErrorMapper.prefersHtml(request.getHeader("Accept"))
                && request.getParameter("query") == null;
        if (browserAsks) {
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

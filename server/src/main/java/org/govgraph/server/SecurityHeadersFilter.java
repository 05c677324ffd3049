package org.govgraph.server;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Adds the browser-hardening headers to every response: pages load scripts and styles only
 * from this server (none of them inline), are never framed, and no response is
 * content-sniffed into a type it did not declare. TRACE (and TRACK) are refused with 405:
 * the servlets would echo the request, headers and all, back to whoever sent it.
 */
final class SecurityHeadersFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // The SPARQL editor's script posts to /sparql on the same origin, and charts are inline SVG.
        response.setHeader(
                "Content-Security-Policy",
                "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        if ("TRACE".equals(request.getMethod()) || "TRACK".equals(request.getMethod())) {
            response.setHeader("Allow", "GET, HEAD, POST, OPTIONS");
            ErrorMapper.write(request, response, 405, request.getMethod() + " is not supported here");
            return;
        }
        chain.doFilter(request, response);
    }
}

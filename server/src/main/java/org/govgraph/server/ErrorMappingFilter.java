package org.govgraph.server;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Catches what a servlet throws and has {@link ErrorMapper} answer with the right status and format. */
final class ErrorMappingFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException e) {
            ErrorMapper.write(request, response, e.getRootCause() != null ? e.getRootCause() : e);
        } catch (RuntimeException e) {
            ErrorMapper.write(request, response, e);
        }
    }
}

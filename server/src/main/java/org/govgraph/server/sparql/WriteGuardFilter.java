package org.govgraph.server.sparql;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import org.govgraph.server.ErrorMapper;

/**
 * Keeps the public endpoints read-only: a SPARQL Update on {@code /sparql} or a write to the
 * Graph Store at {@code /data} passes only with {@code Authorization: Bearer <admin token>}.
 * Without a token the answer is 401 (with a {@code WWW-Authenticate} challenge), with a wrong
 * one 403, and when the server has no token at all every write is 403.
 */
public final class WriteGuardFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;
    private static final String BEARER = "bearer ";

    private final transient Optional<AdminToken> token;

    public WriteGuardFilter(Optional<AdminToken> token) {
        this.token = token;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!isWrite(request)) {
            chain.doFilter(request, response);
            return;
        }
        if (token.isEmpty()) {
            ErrorMapper.write(request, response, 403, "This server is read-only: writes are disabled (no admin token is set)");
            return;
        }
        String presented = bearerToken(request.getHeader("Authorization"));
        if (presented == null) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"govgraph\"");
            ErrorMapper.write(request, response, 401, "Writes need the admin token: Authorization: Bearer <token>");
            return;
        }
        if (!token.get().matches(presented)) {
            ErrorMapper.write(request, response, 403, "The bearer token does not allow writes");
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * Whether the request would change the store: an update on the SPARQL endpoint (by media
     * type or the {@code update} form field, as Fuseki dispatches it) or any method but
     * GET/HEAD/OPTIONS on the Graph Store.
     */
    static boolean isWrite(HttpServletRequest request) {
        String method = request.getMethod().toUpperCase(Locale.ROOT);
        if (method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS")) {
            return false;
        }
        String path = request.getRequestURI();
        if (path.startsWith("/data")) {
            return true;
        }
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        if (type.startsWith("application/sparql-update")) {
            return true;
        }
        return type.startsWith("application/x-www-form-urlencoded") && request.getParameter("update") != null;
    }

    private static String bearerToken(String header) {
        if (header == null || header.length() <= BEARER.length()
                || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return null;
        }
        return header.substring(BEARER.length()).strip();
    }
}

package org.govgraph.server.sparql;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Optional;

/**
 * The one decision whether a request may change the store: it needs
 * {@code Authorization: Bearer <admin token>}. Without a token the answer is 401 (with a
 * {@code WWW-Authenticate} challenge), with a wrong one 403, and when the server has no
 * token at all every write is 403. A replica refuses every write with 403 and the primary's
 * URL: its releases are its primary's, and a write here would be lost at the next one.
 *
 * <p>It is asked by {@link AuthorisedOperation} once Fuseki has chosen the operation a
 * request runs as, never from headers: Fuseki's dispatcher sends a request to the update
 * operation by its parameters even without a Content-Type, so a guard that guessed from the
 * Content-Type in front of Fuseki let such writes through.
 */
public final class WriteAuthorisation {
    private static final String BEARER = "bearer ";

    private final Optional<AdminToken> token;
    private final Optional<URI> primary;

    public WriteAuthorisation(Optional<AdminToken> token) {
        this(token, Optional.empty());
    }

    /** @param primary the primary of a replica, which refuses every write; empty on any other server */
    public WriteAuthorisation(Optional<AdminToken> token, Optional<URI> primary) {
        this.token = token;
        this.primary = primary;
    }

    /** Whether writes can be made at all (a token is set). */
    public boolean writesEnabled() {
        return token.isPresent() && primary.isEmpty();
    }

    /**
     * Admits a write, or answers the refusal and returns false. The refusal goes through
     * {@code sendError}, so that whatever wraps the response (Fuseki's error shaping, Jetty's
     * error handler) gives it the server's one error shape.
     */
    public boolean admit(HttpServletRequest request, HttpServletResponse response) {
        try {
            if (primary.isPresent()) {
                response.sendError(
                        403, "This server is a read-only replica of " + primary.get() + ": send writes to the primary");
                return false;
            }
            if (token.isEmpty()) {
                response.sendError(403, "This server is read-only: writes are disabled (no admin token is set)");
                return false;
            }
            String presented = bearerToken(request.getHeader("Authorization"));
            if (presented == null) {
                response.setHeader("WWW-Authenticate", "Bearer realm=\"govgraph\"");
                response.sendError(401, "Writes need the admin token: Authorization: Bearer <token>");
                return false;
            }
            if (!token.get().matches(presented)) {
                response.sendError(403, "The bearer token does not allow writes");
                return false;
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String bearerToken(String header) {
        if (header == null
                || header.length() <= BEARER.length()
                || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return null;
        }
        return header.substring(BEARER.length()).strip();
    }
}

package org.govgraph.server.sparql;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Keeps the text of a SPARQL Update sent as an {@code application/sparql-update} body, so that
 * the write policy and the release's provenance see exactly the bytes Fuseki then executes
 * (replayed from memory; {@link QuerySizeLimitFilter} has bounded them before). Updates sent
 * in a form or the query string are read from the {@code update} parameter.
 */
public final class UpdateText extends HttpFilter {
    private static final long serialVersionUID = 1L;
    private static final String ATTRIBUTE = UpdateText.class.getName();

    private final long maxBytes;

    public UpdateText(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** The update a request carries, if it carries one. */
    static Optional<String> of(HttpServletRequest request) {
        Object body = request.getAttribute(ATTRIBUTE);
        if (body instanceof String text) {
            return Optional.of(text);
        }
        return Optional.ofNullable(request.getParameter("update"));
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String type =
                request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        if (!"POST".equals(request.getMethod()) || !type.startsWith("application/sparql-update")) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = request.getInputStream().readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
        request.setAttribute(ATTRIBUTE, new String(body, charset(request)));
        chain.doFilter(new ReplayedBody(request, body), response);
    }

    private static java.nio.charset.Charset charset(HttpServletRequest request) {
        try {
            return request.getCharacterEncoding() == null
                    ? StandardCharsets.UTF_8
                    : java.nio.charset.Charset.forName(request.getCharacterEncoding());
        } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8; // Fuseki refuses the charset itself, with its own message.
        }
    }
}

package org.govgraph.server.pages;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** Writes pages to responses as UTF-8 HTML. */
public final class Pages {
    private Pages() {}

    /** Sends a whole page as {@code text/html; charset=utf-8}. */
    public static void send(HttpServletResponse resp, Html page) throws IOException {
        resp.setContentType("text/html");
        resp.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resp.setHeader("X-Content-Type-Options", "nosniff");
        try (Writer w = resp.getWriter()) {
            w.write(page.toString());
        }
    }
}

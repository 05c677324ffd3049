package org.govgraph.server.cache;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.govgraph.release.PlatformRelease;
import org.govgraph.server.ReleasePinning;

/**
 * Serves GET answers from the {@link AnswerCache} and keeps new ones, for the read routes
 * whose answer depends only on the release and the request: SPARQL queries, search and
 * suggestions, entity pages. Each answer carries an {@code ETag} of its release and request
 * and {@code Cache-Control: public, no-cache} (a CDN may keep it, revalidating each time;
 * the tag changes with the next release); a matching {@code If-None-Match} gets 304.
 * {@code X-Govgraph-Cache} says {@code hit} or {@code miss}.
 *
 * <p>Not kept: anything but GET; a SPARQL query that does not parse (Fuseki answers it),
 * or whose answer is not a function of the data ({@code NOW}, {@code RAND}, {@code UUID},
 * {@code STRUUID}, {@code BNODE}, or {@code SERVICE}, which asks another host); an answer
 * other than 200. POST queries are answered but
 * not kept, as HTTP caches do not keep POST either.
 */
public final class AnswerCacheFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;
    /** The response header saying whether the answer came from the cache. */
    public static final String HEADER = "X-Govgraph-Cache";
    private static final String SPARQL = "/sparql";
    /** Headers of an answer that describe it and are replayed with it. */
    private static final List<String> REPLAYED = List.of("Vary", "Content-Disposition", "Content-Language", "Link");

    private final transient AnswerCache cache;

    public AnswerCacheFilter(AnswerCache cache) {
        this.cache = cache;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<PlatformRelease> pinned = ReleasePinning.pinned();
        Optional<String> what = "GET".equals(request.getMethod()) && pinned.isPresent() ? normalised(request) : Optional.empty();
        if (what.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        AnswerKey key = new AnswerKey(pinned.get().id(), what.get(), header(request, "Accept"),
                header(request, "Accept-Language"));
        String etag = key.etag();
        Optional<CachedAnswer> cached = cache.get(key);
        if (cached.isPresent()) {
            response.setHeader(HEADER, "hit");
            describe(response, etag);
            if (matches(request.getHeader("If-None-Match"), etag)) {
                response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
                return;
            }
            replay(cached.get(), response);
            return;
        }
        response.setHeader(HEADER, "miss");
        describe(response, etag);
        TeeResponse tee = new TeeResponse(response, cache.largestBody());
        chain.doFilter(request, tee);
        tee.flushBuffer();
        Optional<byte[]> body = tee.captured();
        if (tee.getStatus() == HttpServletResponse.SC_OK && body.isPresent()) {
            List<Map.Entry<String, String>> headers = new ArrayList<>();
            for (String name : REPLAYED) {
                Optional.ofNullable(response.getHeader(name)).ifPresent(v -> headers.add(Map.entry(name, v)));
            }
            cache.put(key, new CachedAnswer(response.getContentType(), headers, body.get()));
        }
    }

    /** The request with its parameters in one order, a SPARQL query in its parsed form; empty when not kept. */
    private static Optional<String> normalised(HttpServletRequest request) {
        Map<String, String[]> parameters = new TreeMap<>(request.getParameterMap());
        StringBuilder out = new StringBuilder(request.getRequestURI());
        if (request.getServletPath().equals(SPARQL) || request.getRequestURI().equals(SPARQL)) {
            String[] query = parameters.remove("query");
            if (query == null || query.length != 1) {
                return Optional.empty();
            }
            Query parsed;
            try {
                parsed = QueryFactory.create(query[0], Syntax.syntaxARQ);
            } catch (QueryParseException e) {
                return Optional.empty();
            }
            if (!StableQuery.isStable(parsed)) {
                return Optional.empty();
            }
            out.append('\n').append(parsed.serialize());
        }
        parameters.forEach((name, values) -> {
            for (String v : values) {
                out.append('\n').append(name).append('=').append(v);
            }
        });
        return Optional.of(out.toString());
    }

    private static void describe(HttpServletResponse response, String etag) {
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", "public, no-cache");
    }

    private static void replay(CachedAnswer answer, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        if (answer.contentType() != null) {
            response.setContentType(answer.contentType());
        }
        answer.headers().forEach(h -> response.setHeader(h.getKey(), h.getValue()));
        response.setContentLength(answer.body().length);
        response.getOutputStream().write(answer.body());
    }

    /** RFC 9110 If-None-Match: a list of tags (weak ones compare too) or {@code *}. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.strip();
            if (t.equals("*") || t.equals(etag) || t.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }

    private static String header(HttpServletRequest request, String name) {
        return Optional.ofNullable(request.getHeader(name)).orElse("");
    }
}

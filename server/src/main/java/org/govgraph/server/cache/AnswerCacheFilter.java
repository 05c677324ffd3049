package org.govgraph.server.cache;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.apache.jena.fuseki.system.FusekiNetLib;
import org.govgraph.release.PlatformRelease;
import org.govgraph.server.ReleasePinning;
import org.govgraph.server.sparql.FusekiResponseFilter;
import org.govgraph.server.sparql.WithAccept;

/**
 * Serves GET answers from the {@link AnswerCache} and keeps new ones, for the read routes
 * whose answer depends only on the release and the request: SPARQL queries, search and
 * suggestions, entity pages. Each 200 answer carries an {@code ETag} computed from its
 * {@link QueryKey} (so from its release), {@code Vary: Accept} and
 * {@code Cache-Control: public, no-cache}: browsers and CDNs may keep it and must ask before
 * each use, which costs one 304 until the next release changes the tag (the time of the
 * next release is not known, so no {@code max-age} would be true). A matching
 * {@code If-None-Match} gets 304 from the tag alone, even once the answer has been evicted;
 * {@code If-None-Match: *} gets 304 whenever the answer is a 200. {@code X-Govgraph-Cache}
 * says {@code hit}, {@code miss} or {@code revalidated} (a 304 from the tag alone).
 *
 * <p>Not kept: anything but GET (HTTP caches do not keep POST either); a SPARQL query that
 * does not parse (Fuseki answers it), or whose answer is not a function of the data
 * ({@code NOW}, {@code RAND}, {@code UUID}, {@code STRUUID}, {@code BNODE}, or
 * {@code SERVICE}, which asks another host); an answer other than 200, which gets no tag.
 */
public final class AnswerCacheFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;
    /** The response header saying whether the answer came from the cache. */
    public static final String HEADER = "X-Govgraph-Cache";

    private static final String SPARQL = "/sparql";
    /** Headers of an answer that describe it and are replayed with it. */
    private static final List<String> REPLAYED = List.of("Vary", "Content-Disposition", "Content-Language", "Link");

    private final transient AnswerCache cache;
    private final transient Supplier<Optional<String>> pinnedRelease;

    /** A filter for the server: each request's release is the one {@link ReleasePinning} pinned it to. */
    public AnswerCacheFilter(AnswerCache cache) {
        this(cache, () -> ReleasePinning.pinned().map(PlatformRelease::id));
    }

    /** @param pinnedRelease the id of the release the request on this thread is answered from */
    AnswerCacheFilter(AnswerCache cache, Supplier<Optional<String>> pinnedRelease) {
        this.cache = cache;
        this.pinnedRelease = pinnedRelease;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<QueryKey> kept = "GET".equals(request.getMethod())
                ? pinnedRelease.get().flatMap(release -> keyOf(release, request))
                : Optional.empty();
        if (kept.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        QueryKey key = kept.get();
        String etag = key.etag();
        List<String> ifNoneMatch = EntityTags.listed(request.getHeaders("If-None-Match"));
        if (EntityTags.names(ifNoneMatch, etag)) {
            // The tag says release and question: the client's copy is this release's answer, kept or not.
            cache.revalidated();
            response.setHeader(HEADER, "revalidated");
            notModified(response, etag);
            return;
        }
        boolean anyTag = ifNoneMatch.contains(EntityTags.ANY);
        Optional<CachedAnswer> cached = cache.get(key);
        if (cached.isPresent()) {
            response.setHeader(HEADER, "hit");
            if (anyTag) {
                notModified(response, etag);
            } else {
                describe(response, etag);
                replay(cached.get(), response);
            }
            return;
        }
        response.setHeader(HEADER, "miss");
        TeeResponse tee = new TeeResponse(response, cache.largestBody(), () -> describe(response, etag), anyTag);
        chain.doFilter(request, tee);
        tee.flushBuffer();
        boolean ok = tee.getStatus() == HttpServletResponse.SC_OK;
        Optional<byte[]> body = tee.captured().filter(b -> ok);
        if (body.isPresent()) {
            List<Map.Entry<String, String>> headers = new ArrayList<>();
            for (String name : REPLAYED) {
                Optional.ofNullable(response.getHeader(name)).ifPresent(v -> headers.add(Map.entry(name, v)));
            }
            cache.put(key, new CachedAnswer(response.getContentType(), headers, body.get()));
        }
        if (anyTag) {
            if (ok) {
                notModified(response, etag);
            } else {
                tee.sendHeld();
            }
        }
    }

    /** The request's key, empty when its answer is not kept (the servlet answers it as it would anyway). */
    private static Optional<QueryKey> keyOf(String release, HttpServletRequest request) {
        // Outside the try: parameters that do not decode (malformed UTF-8) are the client's
        // error, a 400 from Jetty; swallowed here, the servlet would see no parameters at all.
        SortedMap<String, List<String>> parameters = new TreeMap<>();
        request.getParameterMap().forEach((name, values) -> parameters.put(name, Arrays.asList(values)));
        try {
            String path = request.getRequestURI();
            if (!path.equals(SPARQL)) {
                return QueryKey.route(release, path, accept(request), parameters);
            }
            List<String> query = parameters.remove("query");
            if (query == null || query.size() != 1) {
                return Optional.empty();
            }
            // Fuseki never sees these (FusekiResponseFilter drops them), so they change nothing.
            FusekiResponseFilter.IGNORED_PARAMETERS.forEach(parameters::remove);
            // As Fuseki will see the header: q=0 ranges removed, several Accept headers joined.
            return QueryKey.sparql(
                    release, path, query.get(0), FusekiNetLib.getAccept(WithAccept.of(request)), parameters);
        } catch (RuntimeException malformed) {
            return Optional.empty();
        }
    }

    private static String accept(HttpServletRequest request) {
        List<String> headers = Collections.list(request.getHeaders("Accept"));
        return headers.isEmpty() ? null : String.join(", ", headers);
    }

    /** The headers of a 200 answer that caches read: its tag, that it varies by Accept, how long to keep it. */
    private static void describe(HttpServletResponse response, String etag) {
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", "public, no-cache");
        String vary = response.getHeader("Vary");
        if (vary == null || vary.isBlank()) {
            response.setHeader("Vary", "Accept");
        } else if (Arrays.stream(vary.split(",")).noneMatch(v -> v.strip().equalsIgnoreCase("Accept"))) {
            response.setHeader("Vary", vary + ", Accept");
        }
    }

    /** A 304 carries what the 200 would have said of caching (RFC 9110, 15.4.5), and no body. */
    private static void notModified(HttpServletResponse response, String etag) {
        response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
        response.setContentType(null);
        describe(response, etag);
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
}

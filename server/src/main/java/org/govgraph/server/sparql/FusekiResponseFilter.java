package org.govgraph.server.sparql;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.govgraph.server.ErrorMapper;

/**
 * Holds Fuseki's responses to the rules of the rest of the server, just before Fuseki
 * answers {@code /sparql} and {@code /data}:
 * <ul>
 * <li>Its errors (plain text, some quoting Java exceptions) become the server's one error
 * shape ({@link ErrorMapper}), with the message kept for client errors (a syntax error
 * names line and column) unless it names Java internals ({@link FusekiErrorText}).</li>
 * <li>A query stopped by the time limit while its results are written never ends in
 * Fuseki's in-band {@code ## Query cancelled} lines: when nothing has been sent yet it is a
 * 503; once part of the body is out, the connection is cut without the final chunk, so
 * every client sees the response fail instead of reading a truncated result as whole.</li>
 * <li>A query stopped for what it would hold in memory ({@link QueryMemoryLimits}) is a 422
 * with the reason, in the same two ways.</li>
 * <li>JSONP {@code callback} and XSLT {@code stylesheet} parameters are ignored: Fuseki
 * would echo their text into the response.</li>
 * <li>{@code HEAD /sparql?query=} is answered as the GET would be, without the body (Fuseki
 * would say 405), and Accept ranges with {@code q=0} are taken as not acceptable.</li>
 * </ul>
 */
public final class FusekiResponseFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;
    /** Parameters Fuseki would reflect into a response. */
    public static final Set<String> IGNORED_PARAMETERS = Set.of("callback", "stylesheet");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        FusekiResponse watched = new FusekiResponse(response);
        QueryMemoryLimits.takeBreach(); // Nothing from an earlier request on this thread.
        HttpServletRequest forward = WithAccept.of(new WithoutParameters(request, IGNORED_PARAMETERS));
        if ("HEAD".equals(request.getMethod()) && request.getRequestURI().equals(SparqlService.SPARQL_PATH)) {
            forward = new AsGet(forward); // Fuseki's query operation knows no HEAD; Jetty still sends no body.
        }
        chain.doFilter(forward, watched);
        String tooLarge = QueryMemoryLimits.takeBreach();
        if (tooLarge != null && (watched.cancelled() || watched.status() >= 400)) {
            // Stopped for what it would hold, not for time: the same query will not fit on a retry either.
            ErrorMapper.write(request, response, 422, tooLarge);
        } else if (watched.cancelled()) {
            // Not committed: the 503 replaces the partial body; committed: this cuts the connection.
            ErrorMapper.write(
                    request,
                    response,
                    503,
                    "The query timed out: it ran past the time limit while its"
                            + " results were written; ask for fewer rows (LIMIT) or a narrower pattern");
        } else if (watched.status() >= 400) {
            ErrorMapper.write(
                    request, response, watched.status(), FusekiErrorText.shown(watched.status(), watched.errorText()));
        }
    }

    /** A HEAD request shown to Fuseki as the GET it asks about. */
    private static final class AsGet extends HttpServletRequestWrapper {
        AsGet(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }
    }
}

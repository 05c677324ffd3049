package org.govgraph.server.sparql;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.govgraph.server.ErrorMapper;
import org.govgraph.server.ServerMetrics;

/**
 * Runs every SPARQL query through {@link QueryAdmission}: reads the query (from the
 * {@code query} parameter or an {@code application/sparql-query} body), asks
 * {@link QueryCost} whether its shape is heavy, and holds the query's slots while Fuseki
 * answers it. A query refused for want of a slot gets 503 with {@code Retry-After} and,
 * when it is heavy, the reason. Text that does not parse passes on, for Fuseki's 400.
 *
 * <p>A query body is read here (its size already capped by {@link QuerySizeLimitFilter})
 * and handed to Fuseki from memory.
 */
public final class QueryAdmissionFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;
    private static final String QUERY_BODY = "application/sparql-query";
    /** Any base will do: the cost of a query does not depend on how its relative IRIs resolve. */
    private static final String PARSE_BASE = "http://localhost/";

    private final transient QueryAdmission admission;
    private final transient ServerMetrics metrics;

    public QueryAdmissionFilter(QueryAdmission admission, ServerMetrics metrics) {
        this.admission = admission;
        this.metrics = metrics;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest forward = request;
        String text;
        String contentType = request.getContentType();
        if ("POST".equals(request.getMethod()) && contentType != null && contentType.startsWith(QUERY_BODY)) {
            byte[] body = request.getInputStream().readAllBytes();
            forward = new ReplayedBody(request, body);
            text = new String(body, StandardCharsets.UTF_8);
        } else {
            text = request.getParameter("query");
        }
        Optional<Query> query;
        try {
            query = parse(text);
        } catch (StackOverflowError e) {
            // JavaCC's parser recurses once per nesting level; a hostile query can nest thousands deep.
            ErrorMapper.write(
                    request,
                    response,
                    400,
                    "Malformed query: it nests groups or expressions too deeply" + " for the parser; write it flatter");
            return;
        }
        if (query.isEmpty()) {
            chain.doFilter(forward, response); // Not a query (an update, a page, a syntax error): not ours to judge.
            return;
        }
        Optional<String> heavy = QueryCost.heavyReason(query.get());
        Optional<QueryAdmission.Permit> permit;
        try {
            permit = admission.admit(heavy.isPresent());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while waiting for a query slot", e);
        }
        if (permit.isEmpty()) {
            metrics.counter(
                            "govgraph.sparql.query.refused",
                            "SPARQL queries refused because every slot of their lane" + " was busy")
                    .increment();
            response.setHeader("Retry-After", "5");
            ErrorMapper.write(
                    request,
                    response,
                    503,
                    heavy.map(why -> why + " The server runs at most " + admission.heavyQueries()
                                    + " such queries at once"
                                    + " and all are busy; try again in a few seconds, or bind a variable or add a shared"
                                    + " variable so the query stays small.")
                            .orElse("The server is running as many queries as it can (" + admission.queries()
                                    + "); try again in a few seconds."));
            return;
        }
        try (QueryAdmission.Permit held = permit.get()) {
            chain.doFilter(forward, response);
        }
    }

    private static Optional<Query> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(QueryFactory.create(text, PARSE_BASE, Syntax.syntaxARQ));
        } catch (QueryParseException e) {
            return Optional.empty();
        }
    }
}

package org.govgraph.server.sparql;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.modify.request.UpdateWithUsing;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.govgraph.server.ErrorMapper;

/**
 * Refuses with 400 an update that names its dataset twice, in {@code using-graph-uri} /
 * {@code using-named-graph-uri} parameters and in a {@code WITH}, {@code USING} or
 * {@code USING NAMED} clause of the update itself: the SPARQL 1.1 Protocol (section 2.2.3)
 * calls that an error of the request, and Fuseki 5.6 would let it through to a 500.
 *
 * <p>Only requests that carry such a parameter are parsed here; the body of a direct POST is
 * read once (its size already capped by {@link QuerySizeLimitFilter}) and replayed to Fuseki.
 */
public final class UpdateDatasetConflictFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"POST".equals(request.getMethod()) || !hasUsingParameter(request)) {
            chain.doFilter(request, response);
            return;
        }
        String type =
                request.getContentType() == null ? "" : request.getContentType().toLowerCase(java.util.Locale.ROOT);
        HttpServletRequest forward = request;
        String update = null;
        if (type.startsWith("application/sparql-update")) {
            byte[] body = request.getInputStream().readAllBytes();
            forward = new ReplayedBody(request, body);
            update = new String(body, StandardCharsets.UTF_8);
        } else if (type.startsWith("application/x-www-form-urlencoded")) {
            update = request.getParameter("update");
        }
        if (update != null && namesItsOwnDataset(update)) {
            ErrorMapper.write(
                    request,
                    response,
                    400,
                    "The update has a WITH or USING clause and the request also gives "
                            + "using-graph-uri or using-named-graph-uri: name the dataset in one place only");
            return;
        }
        chain.doFilter(forward, response);
    }

    private static boolean hasUsingParameter(HttpServletRequest request) {
        return request.getParameterValues("using-graph-uri") != null
                || request.getParameterValues("using-named-graph-uri") != null;
    }

    private static boolean namesItsOwnDataset(String text) {
        UpdateRequest parsed;
        try {
            parsed = UpdateFactory.create(text);
        } catch (QueryParseException e) {
            return false; // Fuseki answers a syntax error with its own 400.
        }
        for (Update op : parsed.getOperations()) {
            if (op instanceof UpdateWithUsing u
                    && (u.getWithIRI() != null
                            || !u.getUsing().isEmpty()
                            || !u.getUsingNamed().isEmpty())) {
                return true;
            }
        }
        return false;
    }
}

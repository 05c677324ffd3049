package org.govgraph.server.sparql;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.jetty.util.MultiMap;
import org.eclipse.jetty.util.UrlEncoded;
import org.govgraph.server.ErrorMapper;

/**
 * Refuses with 400 a request whose URL carries an {@code update} parameter. The SPARQL 1.1
 * Protocol (section 2.2) sends an update only in a POST body, URL-encoded or direct; the
 * servlet API merges the query string into the form parameters, so without this filter
 * Fuseki would run {@code POST /sparql?update=CLEAR%20ALL} with an empty form body as if
 * the body had said it. Judged on the query string alone, before any body is read or any
 * token checked, so that such a request changes nothing whoever sends it.
 */
public final class UpdateInUrlFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (carriesUpdate(request.getQueryString())) {
            ErrorMapper.write(
                    request,
                    response,
                    400,
                    "An update is sent in the body of a POST (application/sparql-update, "
                            + "or the update parameter of an application/x-www-form-urlencoded body), never in the URL");
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean carriesUpdate(String queryString) {
        if (queryString == null || queryString.isEmpty()) {
            return false;
        }
        MultiMap<String> parameters = new MultiMap<>();
        try {
            UrlEncoded.decodeUtf8To(queryString, parameters);
        } catch (IllegalArgumentException e) {
            return false; // Not decodable: Jetty refuses the request itself when Fuseki reads its parameters.
        }
        return parameters.containsKey("update");
    }
}

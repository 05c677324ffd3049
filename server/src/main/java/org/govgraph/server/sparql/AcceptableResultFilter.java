package org.govgraph.server.sparql;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaRange;
import org.apache.jena.fuseki.DEF;
import org.govgraph.server.ErrorMapper;

/**
 * Answers 406 when a query's Accept header allows none of the formats Fuseki can write
 * (result sets and RDF), where Fuseki itself would fall back to a default. A {@code format}
 * or {@code output} parameter overrides Accept and is left to Fuseki. Media ranges with
 * {@code q=0} are not acceptable: they are removed before Fuseki negotiates ({@link WithAccept}).
 */
public final class AcceptableResultFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;

    /** Every format a query result can be written in, as Fuseki's offer tables list them. */
    private static final AcceptList OFFERED;

    static {
        List<MediaRange> all = new ArrayList<>();
        all.addAll(DEF.rsOfferTable.entries());
        all.addAll(DEF.rsOfferBoolean.entries());
        all.addAll(DEF.constructOffer.entries());
        all.add(new MediaRange("text/plain"));
        OFFERED = new AcceptList(all);
    }

    @Override
    protected void doFilter(HttpServletRequest original, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = WithAccept.of(original);
        String accept = request.getHeader("Accept");
        boolean isQuery = request.getParameter("query") != null
                || (request.getContentType() != null
                        && request.getContentType().startsWith("application/sparql-query"));
        boolean formatParameter = request.getParameter("format") != null || request.getParameter("output") != null;
        boolean nothingAcceptable = accept != null
                && accept.isBlank()
                && !original.getHeader("Accept").isBlank();
        if (isQuery
                && !formatParameter
                && accept != null
                && (nothingAcceptable
                        || !accept.isBlank() && AcceptList.match(new AcceptList(accept), OFFERED) == null)) {
            ErrorMapper.write(
                    request,
                    response,
                    406,
                    "No result format matches Accept: " + original.getHeader("Accept") + ". Offered: " + OFFERED);
            return;
        }
        chain.doFilter(request, response);
    }
}

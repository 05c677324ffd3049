package org.govgraph.server.api;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.govgraph.search.Facet;
import org.govgraph.search.SearchIndex;
import org.govgraph.search.SearchRequest;

/**
 * {@code /api/search?q=...&lang=&page=&size=&facet=&filter=}: keyword search as JSON (the
 * search module's {@code SearchResponse}). Without {@code facet} every facet is counted.
 */
public final class SearchApiServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient Supplier<SearchIndex> index;
    private final Duration deadline;

    /** @param deadline how long one search may run ({@code --search-deadline}) */
    public SearchApiServlet(Supplier<SearchIndex> index, Duration deadline) {
        this.index = index;
        this.deadline = deadline;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        JsonResponses.requireJsonAcceptable(request);
        ApiParameters p = new ApiParameters(request);
        List<String> facets = p.list("facet");
        SearchRequest search = new SearchRequest(
                p.text("q", ""),
                p.text("lang", "en"),
                p.integer("page", 1),
                p.integer("size", SearchRequest.DEFAULT_SIZE),
                facets.isEmpty() ? Facet.names() : facets,
                p.list("filter"));
        JsonResponses.write(response, index.get().search(search, deadline));
    }
}

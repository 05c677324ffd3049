package org.govgraph.server.api;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.Supplier;
import org.govgraph.search.SearchIndex;
import org.govgraph.search.SearchRequest;
import org.govgraph.server.HttpError;

/**
 * {@code /api/suggest?q=pass&lang=&limit=}: title completions as a JSON array, for the search box
 * ({@code prefix=} is accepted as another name for {@code q}).
 */
public final class SuggestApiServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    /** The most completions one request may ask for. */
    static final int MAX_LIMIT = 50;

    private final transient Supplier<SearchIndex> index;

    public SuggestApiServlet(Supplier<SearchIndex> index) {
        this.index = index;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        JsonResponses.requireJsonAcceptable(request);
        ApiParameters p = new ApiParameters(request);
        String prefix = p.text("q", null) != null ? p.required("q") : p.required("prefix");
        int limit = p.integer("limit", 10);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw HttpError.badRequest("The parameter 'limit' must be between 1 and " + MAX_LIMIT + "; got " + limit);
        }
        JsonResponses.write(response, index.get().suggest(prefix, SearchRequest.language(p.text("lang", "en")), limit));
    }
}

package org.govgraph.server.pages;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.govgraph.model.Iris;
import org.govgraph.search.Facet;
import org.govgraph.search.FacetCount;
import org.govgraph.search.QuerySyntaxException;
import org.govgraph.search.SearchHit;
import org.govgraph.search.SearchIndex;
import org.govgraph.search.SearchRequest;
import org.govgraph.search.SearchResponse;

/**
 * The search page {@code /search}: a plain GET form (so it works without script; with
 * script, {@code search.js} adds suggestions from {@code /api/suggest}), the results with
 * their highlighted snippets, facets whose values are links adding a {@code filter}, and
 * pagination. It takes the same parameters as {@code /api/search}: {@code q}, {@code lang},
 * {@code page}, {@code size} and repeated {@code filter=name:value}.
 */
public final class SearchPageServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    /** Facet values listed per facet before "more" would be needed. */
    static final int FACET_VALUES_SHOWN = 12;

    private static final Map<String, String> FACET_TITLES = new LinkedHashMap<>();
    private static final List<String> LANGUAGES = SearchRequest.LANGUAGES;

    static {
        FACET_TITLES.put("kind", "Kind");
        FACET_TITLES.put("source", "Data set");
        FACET_TITLES.put("online", "End-to-end online");
        FACET_TITLES.put("country", "Country");
        FACET_TITLES.put("org", "Organisation");
        FACET_TITLES.put("type", "Service type");
        FACET_TITLES.put("channel", "Channel");
        FACET_TITLES.put("region", "Region");
        FACET_TITLES.put("income", "Income group");
        FACET_TITLES.put("year", "Year");
    }

    private final transient Supplier<SearchIndex> index;
    private final transient NodeLinks links;
    private final Duration deadline;

    /** @param deadline how long one search may run ({@code --search-deadline}) */
    public SearchPageServlet(Supplier<SearchIndex> index, Iris iris, Duration deadline) {
        this.index = index;
        this.deadline = deadline;
        this.links = new NodeLinks(iris);
    }

    /** The request's search parameters, as the page keeps them in its links. */
    record Params(String q, String lang, int page, int size, List<String> filters) {
        String url(int toPage, List<String> withFilters) {
            StringBuilder sb = new StringBuilder("/search?q=").append(enc(q));
            if (!lang.equals("en")) {
                sb.append("&lang=").append(enc(lang));
            }
            withFilters.forEach(f -> sb.append("&filter=").append(enc(f)));
            if (size != SearchRequest.DEFAULT_SIZE) {
                sb.append("&size=").append(size);
            }
            if (toPage > 1) {
                sb.append("&page=").append(toPage);
            }
            return sb.toString();
        }

        private static String enc(String s) {
            return URLEncoder.encode(s, StandardCharsets.UTF_8);
        }
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String q = req.getParameter("q") == null ? "" : req.getParameter("q").strip();
        String lang =
                req.getParameter("lang") == null || req.getParameter("lang").isBlank()
                        ? "en"
                        : req.getParameter("lang").strip().toLowerCase(Locale.ROOT);
        String[] filterValues = req.getParameterValues("filter");
        List<String> filters = filterValues == null
                ? List.of()
                : Arrays.stream(filterValues)
                        .map(String::strip)
                        .filter(f -> !f.isEmpty())
                        .distinct()
                        .toList();
        Params p;
        try {
            p = new Params(q, lang, number(req, "page", 1), number(req, "size", SearchRequest.DEFAULT_SIZE), filters);
        } catch (NumberFormatException e) {
            resp.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            Pages.send(
                    resp,
                    page(
                            new Params(q, lang, 1, SearchRequest.DEFAULT_SIZE, filters),
                            null,
                            "page and size must be whole numbers."));
            return;
        }
        if (q.isEmpty() && filters.isEmpty()) {
            Pages.send(resp, page(p, null, null));
            return;
        }
        SearchResponse response;
        try {
            response = index.get()
                    .search(new SearchRequest(q, lang, p.page(), p.size(), Facet.names(), filters), deadline);
        } catch (QuerySyntaxException e) {
            resp.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            Pages.send(resp, page(p, null, e.getMessage()));
            return;
        }
        Pages.send(resp, page(p, response, null));
    }

    private static int number(HttpServletRequest req, String name, int fallback) {
        String v = req.getParameter(name);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        int n = Integer.parseInt(v.strip());
        if (n < 1 || (name.equals("size") && n > SearchRequest.MAX_SIZE)) {
            throw new NumberFormatException(name);
        }
        return n;
    }

    Html page(Params p, SearchResponse response, String error) {
        List<Object> main = new ArrayList<>();
        main.add(Html.tag("h1").add(p.q().isEmpty() ? "Search" : "Search: " + p.q()));
        main.add(form(p));
        if (!p.filters().isEmpty()) {
            Tag chips = Html.tag("div").attr("class", "active-filters").add("Filters: ");
            for (String f : p.filters()) {
                List<String> others = new ArrayList<>(p.filters());
                others.remove(f);
                chips.add(Html.tag("a")
                        .attr("class", "chip")
                        .attr("href", p.url(1, others))
                        .attr("title", "Remove this filter")
                        .add(f + " ×"));
            }
            main.add(chips);
        }
        if (error != null) {
            main.add(Html.tag("p").attr("class", "notice").attr("role", "alert").add(error));
        }
        if (response == null) {
            if (error == null) {
                main.add(help());
            }
            return Layout.page("Search", Layout.Section.SEARCH, Html.EMPTY, Html.of(main.toArray()), "search.js");
        }
        Tag results = Html.tag("section").attr("class", "result-list").attr("aria-label", "Results");
        results.add(Html.tag("p")
                .attr("id", "result-count")
                .add(String.format(
                        Locale.ROOT, "%,d %s", response.total(), response.total() == 1 ? "result" : "results")));
        switch (response.matched()) {
            case APPROXIMATE ->
                results.add(Html.tag("p")
                        .attr("class", "notice")
                        .add("Nothing matched those exact words; these results match similar spellings."));
            case MOST ->
                results.add(Html.tag("p")
                        .attr("class", "notice")
                        .add("Few results have all your words: showing results for most of your words."));
            case ALL -> {}
        }
        Tag list = Html.tag("ol").attr("class", "results").attr("start", (p.page() - 1) * p.size() + 1);
        for (SearchHit hit : response.results()) {
            String href = links.href(hit.iri());
            list.add(Html.tag("li")
                    .add(
                            Html.tag("a")
                                    .attr("class", "title")
                                    .attr("href", href)
                                    .add(hit.title()),
                            Html.tag("span").attr("class", "kind").add(hit.kind()),
                            // the search module escapes snippets and adds only <mark>: insert them as they are
                            hit.snippet() == null || hit.snippet().isBlank()
                                    ? null
                                    : Html.tag("p").attr("class", "snippet").add(Html.trusted(hit.snippet())),
                            Html.tag("div").attr("class", "iri").add(hit.iri())));
        }
        results.add(list, pagination(p, response));
        main.add(Html.tag("div").attr("class", "search-layout").add(facets(p, response), results));
        return Layout.page("Search: " + p.q(), Layout.Section.SEARCH, Html.EMPTY, Html.of(main.toArray()), "search.js");
    }

    private static Tag form(Params p) {
        Tag langs = Html.tag("select").attr("name", "lang").attr("aria-label", "Language");
        for (String l : LANGUAGES) {
            langs.add(Html.tag("option")
                    .attr("value", l)
                    .flag("selected", l.equals(p.lang()))
                    .add(l));
        }
        Tag form = Html.tag("form")
                .attr("class", "search-box")
                .attr("action", "/search")
                .attr("method", "get")
                .attr("role", "search")
                .add(
                        Html.tag("label")
                                .attr("for", "q")
                                .attr("class", "visually-hidden")
                                .add("Search"),
                        Html.tag("input")
                                .attr("type", "search")
                                .attr("id", "q")
                                .attr("name", "q")
                                .attr("value", p.q())
                                .attr("data-suggest", "true")
                                .attr("data-lang", p.lang())
                                .attr("placeholder", "passport, business registration, Malaysia…"),
                        langs,
                        Html.tag("button").attr("type", "submit").add("Search"));
        p.filters()
                .forEach(f -> form.add(Html.tag("input")
                        .attr("type", "hidden")
                        .attr("name", "filter")
                        .attr("value", f)));
        return form;
    }

    private Tag facets(Params p, SearchResponse response) {
        Tag aside = Html.tag("aside").attr("class", "facets").attr("aria-label", "Refine");
        aside.add(Html.tag("h2").add("Refine"));
        for (String name : Facet.names()) {
            List<FacetCount> values = response.facets().get(name);
            if (values == null || values.isEmpty()) {
                continue;
            }
            Tag ul = Html.tag("ul");
            values.stream().limit(FACET_VALUES_SHOWN).forEach(v -> {
                String filter = name + ":" + v.value();
                boolean active = p.filters().contains(filter);
                List<String> with = new ArrayList<>(p.filters());
                if (!active) {
                    with.add(filter);
                }
                Tag a = Html.tag("a")
                        .attr("href", p.url(1, with))
                        .attr("data-filter", filter)
                        .add(v.label() == null || v.label().isBlank() ? v.value() : v.label());
                if (active) {
                    a.attr("aria-current", "true");
                }
                ul.add(Html.tag("li")
                        .add(
                                a,
                                Html.tag("span")
                                        .attr("class", "count")
                                        .add(String.format(Locale.ROOT, "%,d", v.count()))));
            });
            aside.add(Html.tag("h3").add(FACET_TITLES.getOrDefault(name, name)), ul);
        }
        return aside;
    }

    private static Html pagination(Params p, SearchResponse response) {
        long pages = (response.total() + p.size() - 1) / p.size();
        long last = Math.min(pages, SearchIndex.MAX_WINDOW / p.size());
        if (last <= 1) {
            return Html.EMPTY;
        }
        Tag nav = Html.tag("nav").attr("class", "pages").attr("aria-label", "Pages");
        if (p.page() > 1) {
            nav.add(Html.tag("a")
                    .attr("rel", "prev")
                    .attr("href", p.url(p.page() - 1, p.filters()))
                    .add("‹ Previous"));
        }
        long from = Math.max(1, p.page() - 3);
        long to = Math.min(last, p.page() + 3);
        for (long i = from; i <= to; i++) {
            nav.add(
                    i == p.page()
                            ? Html.tag("span").attr("aria-current", "page").add(Long.toString(i))
                            : Html.tag("a")
                                    .attr("href", p.url((int) i, p.filters()))
                                    .add(Long.toString(i)));
        }
        if (p.page() < last) {
            nav.add(Html.tag("a")
                    .attr("rel", "next")
                    .attr("href", p.url(p.page() + 1, p.filters()))
                    .add("Next ›"));
        }
        return nav.html();
    }

    private static Html help() {
        return Html.tag("section")
                .attr("class", "help")
                .add(
                        Html.tag("h2").add("How to search"),
                        Html.tag("ul")
                                .add(
                                        Html.tag("li")
                                                .add(
                                                        "Results with all your words come first (then most of them if those are few): ",
                                                        Html.tag("code").add("passport renewal")),
                                        Html.tag("li")
                                                .add(
                                                        "A phrase in quotes: ",
                                                        Html.tag("code").add("\"business registration\"")),
                                        Html.tag("li")
                                                .add(
                                                        "Leave a word out with a minus: ",
                                                        Html.tag("code").add("licence -fishing")),
                                        Html.tag("li")
                                                .add(
                                                        "Either word: ",
                                                        Html.tag("code").add("passport OR visa"),
                                                        "; the start of a word: ",
                                                        Html.tag("code").add("immig*")),
                                        Html.tag("li")
                                                .add(
                                                        "Filters: ",
                                                        Html.tag("code").add("online:yes"),
                                                        ", ",
                                                        Html.tag("code").add("country:MYS"),
                                                        ", ",
                                                        Html.tag("code").add("type:INFO"))))
                .html();
    }
}

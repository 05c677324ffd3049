package org.govgraph.server.pages;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.govgraph.model.Iris;
import org.govgraph.model.vocab.Prefixes;

/**
 * The SPARQL editor page, served when a browser asks for {@code /sparql} without a query
 * (and at {@code /sparql?q=...} permalinks, which the page's script runs on load).
 *
 * <p>The page works as a plain form too: the textarea's name is {@code query} and the form
 * GETs {@code /sparql}, so without script the endpoint's own result rendering answers. With
 * script, {@code sparql-editor.js} sends the query with
 * {@code Accept: application/sparql-results+json} and builds the table with
 * {@code textContent}, and keeps the query in the URL ({@code ?q=}) as a permalink.
 */
public final class SparqlEditorServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient List<ExampleQueries.Example> examples = ExampleQueries.all();
    private final String base;

    /** @param iris the store's IRIs: results link the platform's own IRIs to their pages here */
    public SparqlEditorServlet(Iris iris) {
        this.base = iris.base();
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String q = req.getParameter("q");
        String initial = q != null && !q.isBlank()
                ? q
                : Prefixes.sparqlPrologue() + "\nSELECT * WHERE {\n  ?s ?p ?o\n}\nLIMIT 10\n";
        Pages.send(resp, page(initial, q != null && !q.isBlank()));
    }

    Html page(String initialQuery, boolean runOnLoad) {
        Tag list = Html.tag("ol").attr("class", "examples");
        for (ExampleQueries.Example e : examples) {
            list.add(Html.tag("li")
                    .add(Html.tag("a")
                            .attr(
                                    "href",
                                    "/sparql?q="
                                            + java.net.URLEncoder.encode(
                                                    e.query(), java.nio.charset.StandardCharsets.UTF_8))
                            .attr("class", "example")
                            .attr("data-query", e.query())
                            .add(e.title()))
                    .add(
                            e.fromCube()
                                    ? Html.tag("span")
                                            .attr("class", "from-cube")
                                            .attr(
                                                    "title",
                                                    "Sums the observations of the service statistics cube computed at ingest")
                                            .add(" (from the statistics cube)")
                                    : Html.EMPTY));
        }
        Tag form = Html.tag("form")
                .attr("id", "sparql-form")
                .attr("method", "get")
                .attr("action", "/sparql")
                .attr("data-run-on-load", runOnLoad ? "true" : "false")
                .attr("data-base", base)
                .add(
                        Html.tag("label").attr("for", "query").add("Query"),
                        Html.tag("textarea")
                                .attr("id", "query")
                                .attr("name", "query")
                                .attr("rows", 18)
                                .attr("spellcheck", "false")
                                .attr("autocapitalize", "off")
                                .add(initialQuery),
                        Html.tag("div")
                                .attr("class", "actions")
                                .add(
                                        Html.tag("button")
                                                .attr("type", "submit")
                                                .attr("id", "run")
                                                .add("Run"),
                                        " ",
                                        Html.tag("label")
                                                .add(
                                                        "Results as ",
                                                        Html.tag("select")
                                                                .attr("name", "format")
                                                                .attr("id", "format")
                                                                .add(
                                                                        Html.tag("option")
                                                                                .attr("value", "")
                                                                                .add("table"),
                                                                        Html.tag("option")
                                                                                .attr("value", "json")
                                                                                .add("JSON"),
                                                                        Html.tag("option")
                                                                                .attr("value", "xml")
                                                                                .add("XML"),
                                                                        Html.tag("option")
                                                                                .attr("value", "csv")
                                                                                .add("CSV"),
                                                                        Html.tag("option")
                                                                                .attr("value", "tsv")
                                                                                .add("TSV"))),
                                        " ",
                                        Html.tag("a")
                                                .attr("id", "permalink")
                                                .attr("href", "/sparql")
                                                .add("Permalink"),
                                        " ",
                                        Html.tag("span")
                                                .attr("id", "status")
                                                .attr("role", "status")
                                                .attr("aria-live", "polite")));
        Html main = Html.of(
                Html.tag("h1").add("SPARQL query editor"),
                Html.tag("p")
                        .add(
                                "Query every graph of the store (the default graph is their union). "
                                        + "The prefixes govgraph uses are preloaded; the examples answer real questions from the data. "
                                        + "Results are limited in time; the endpoint is ",
                                Html.tag("code").add("/sparql"),
                                " (SPARQL 1.1 Protocol)."),
                Html.tag("div")
                        .attr("class", "editor-layout")
                        .add(
                                Html.tag("section")
                                        .attr("class", "editor")
                                        .add(
                                                form,
                                                Html.tag("div")
                                                        .attr("id", "results")
                                                        .attr("class", "results")),
                                Html.tag("aside")
                                        .attr("class", "example-list")
                                        .add(Html.tag("h2").add("Example queries"), list)));
        return Layout.page("SPARQL", Layout.Section.SPARQL, Html.EMPTY, main, "sparql-editor.js");
    }
}

package org.govgraph.server;

import static org.govgraph.server.Route.Kind.API;
import static org.govgraph.server.Route.Kind.BROWSER_PAGE;
import static org.govgraph.server.Route.Kind.DATA;
import static org.govgraph.server.Route.Kind.OPS;
import static org.govgraph.server.Route.Kind.PAGE;
import static org.govgraph.server.Route.Kind.SELF_DESCRIPTION;

import java.util.List;
import org.govgraph.server.admin.IngestServlet;
import org.govgraph.server.admin.PruneServlet;
import org.govgraph.server.api.OpenApiServlet;
import org.govgraph.server.api.SearchApiServlet;
import org.govgraph.server.api.SuggestApiServlet;
import org.govgraph.server.catalog.CatalogServlet;
import org.govgraph.server.catalog.DownloadServlet;
import org.govgraph.server.catalog.VoidServlet;
import org.govgraph.server.pages.EntityServlet;
import org.govgraph.server.pages.HomeServlet;
import org.govgraph.server.pages.SearchPageServlet;
import org.govgraph.server.pages.SparqlEditorServlet;
import org.govgraph.server.pages.StaticAssetServlet;
import org.govgraph.server.replica.ReleaseFeedServlet;
import org.govgraph.server.sparql.ServiceDescriptionServlet;

/**
 * The route table: every path the server answers, in one visible list. {@link GovgraphServer}
 * installs it and the tests walk it (every route answers; the OpenAPI description lists
 * the API routes). To add a route, add one line here.
 */
public final class Routes {
    private static final List<String> GET = List.of("GET", "HEAD");
    private static final List<String> GET_POST = List.of("GET", "HEAD", "POST");

    private static final List<Route> ALL = List.of(
            // SPARQL, served by Fuseki: queries by GET and POST; updates (POST) need the admin token.
            Route.sparql("/sparql", GET_POST, "SPARQL 1.1 Protocol: query (and update with the admin token)"),
            Route.sparql(
                    "/data",
                    List.of("GET", "HEAD", "PUT", "POST", "DELETE"),
                    "SPARQL 1.1 Graph Store Protocol: reads public, writes with the admin token"),
            Route.servlet(
                    "/api/search",
                    GET,
                    "Keyword search over services, organisations, countries and data sets",
                    API,
                    ctx -> new SearchApiServlet(ctx::index, ctx.settings().searchDeadline())),
            Route.servlet(
                    "/api/suggest",
                    GET,
                    "Title completions for a prefix",
                    API,
                    ctx -> new SuggestApiServlet(ctx::index)),
            Route.servlet(
                    "/admin/ingest/*",
                    List.of("POST"),
                    "Ingest a source into the running platform as a new release"
                            + " (admin token; body: one file with ?name=, or a ZIP; 200 written, 422 rows rejected, 400 not the source)",
                    API,
                    ctx -> new IngestServlet(ctx.releases(), ctx.writeAuthorisation())),
            Route.servlet(
                    "/admin/prune",
                    List.of("POST"),
                    "Withdraw the downloads of all but the newest releases of each"
                            + " source and delete their files (admin token; ?keep=N, ?dryRun=true)",
                    API,
                    ctx -> new PruneServlet(ctx.releases(), ctx.writeAuthorisation())),
            Route.servlet(
                    "/api/openapi.json", GET, "OpenAPI 3 description of the API", API, ctx -> new OpenApiServlet()),

            // The catalog and downloads: what the Publisher wrote to DIR/downloads and recorded in the catalog graph.
            Route.servlet(
                    "/catalog",
                    GET,
                    "DCAT 3 catalog: Turtle, JSON-LD, N-Triples or an HTML listing",
                    DATA,
                    ctx -> new CatalogServlet(ctx::publisher)),
            Route.servlet(
                    "/download/*",
                    GET,
                    "A published release file: /download/{dataset}/{release}/{file}",
                    DATA,
                    ctx -> new DownloadServlet(ctx::publisher)),
            Route.servlet(
                    "/void",
                    GET,
                    "VoID description of every graph of the store, with its statistics",
                    DATA,
                    ctx -> new VoidServlet(ctx::publisher)),
            Route.servlet(
                    "/.well-known/void",
                    GET,
                    "VoID description at its RFC 5785 well-known address",
                    DATA,
                    ctx -> new VoidServlet(ctx::publisher)),

            // Pages for people (org.govgraph.server.pages) and the bundled CSS/JS they use.
            Route.servlet(
                    "",
                    GET,
                    "Home page: what the platform holds, with charts",
                    PAGE,
                    ctx -> new HomeServlet(ctx::store, ctx.iris())),
            Route.servlet(
                    "/search",
                    GET,
                    "Search page: results, facets, pagination",
                    PAGE,
                    ctx -> new SearchPageServlet(
                            ctx::index, ctx.iris(), ctx.settings().searchDeadline())),
            Route.servlet(
                    "/id/*",
                    GET,
                    "Linked Data: every entity as HTML, Turtle, JSON-LD or N-Triples",
                    PAGE,
                    ctx -> new EntityServlet(ctx::store, ctx.iris())),
            Route.servlet(
                    "/sparql",
                    GET,
                    "SPARQL query editor, for browsers asking without a query",
                    BROWSER_PAGE,
                    ctx -> new SparqlEditorServlet(ctx.iris())),
            Route.servlet(
                    "/sparql",
                    GET,
                    "SPARQL 1.1 Service Description (with the VoID of every graph), for any other"
                            + " GET without a query",
                    SELF_DESCRIPTION,
                    ctx -> new ServiceDescriptionServlet(
                            ctx::publisher, ctx.settings().allowService())),
            Route.servlet("/static/*", GET, "Bundled CSS and JavaScript", PAGE, ctx -> new StaticAssetServlet()),
            Route.servlet(
                    "/healthz",
                    GET,
                    "Liveness: 200 while the process answers; the release served, its index, a write under way",
                    OPS,
                    ctx -> new HealthServlet(ctx, false)),
            Route.servlet(
                    "/readyz",
                    GET,
                    "Readiness: 200 when SPARQL, search and pages answer from one release, else 503",
                    OPS,
                    ctx -> new HealthServlet(ctx, true)),
            Route.servlet(
                    "/releases/*",
                    GET,
                    "Release feed for replicas: /releases/current (JSON: release, base, bundle"
                            + " files with SHA-256, or null), /releases/{id}/bundle/{path} (a bundle's files, with --offer-bundles)"
                            + " or /releases/{id}/graphs.nq (the graphs no download carries, without it)",
                    OPS,
                    ctx -> new ReleaseFeedServlet(ctx.releases(), ctx.replication())),
            Route.servlet(
                    "/metrics",
                    GET,
                    "Prometheus metrics: requests, latencies, query timeouts",
                    OPS,
                    ctx -> new MetricsServlet(ctx.metrics())));

    private Routes() {}

    /** Every route, in table order. */
    public static List<Route> all() {
        return ALL;
    }

    /** The routes of one kind, in table order. */
    public static List<Route> ofKind(Route.Kind kind) {
        return ALL.stream().filter(r -> r.kind() == kind).toList();
    }
}

package org.govgraph.server;

import static org.govgraph.server.Route.Kind.API;
import static org.govgraph.server.Route.Kind.OPS;

import java.util.List;
import org.govgraph.server.api.OpenApiServlet;

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
            Route.sparql("/data", List.of("GET", "HEAD", "PUT", "POST", "DELETE"),
                    "SPARQL 1.1 Graph Store Protocol: reads public, writes with the admin token"),

            Route.servlet("/api/openapi.json", GET, "OpenAPI 3 description of the API", API,
                    ctx -> new OpenApiServlet()),

            Route.servlet("/healthz", GET, "Store and index status, release ids", OPS, HealthServlet::new),
            Route.servlet("/metrics", GET, "Prometheus metrics: requests, latencies, query timeouts", OPS,
                    ctx -> new MetricsServlet(ctx.metrics())));

    private Routes() {
    }

    /** Every route, in table order. */
    public static List<Route> all() {
        return ALL;
    }

    /** The routes of one kind, in table order. */
    public static List<Route> ofKind(Route.Kind kind) {
        return ALL.stream().filter(r -> r.kind() == kind).toList();
    }
}

package org.govgraph.server;

import jakarta.servlet.http.HttpServlet;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * One line of the route table: where, which methods, what it serves, and how its servlet
 * is made.
 *
 * @param pathSpec a servlet path spec ({@code /api/search}, {@code /download/*})
 * @param methods  the HTTP methods it answers
 * @param serves   what it serves, in a few words (the OpenAPI summary for API routes)
 * @param kind     what sort of route it is
 * @param servlet  makes the servlet from the server's context; null for routes Fuseki serves
 */
public record Route(
        String pathSpec, List<String> methods, String serves, Kind kind, Function<ServerContext, HttpServlet> servlet) {

    /** What sort of route: decides who serves it and which cross-cutting rules apply. */
    public enum Kind {
        /** The SPARQL protocols, served by Fuseki's own implementation. */
        SPARQL,
        /** A JSON API for programs: listed in the OpenAPI description. */
        API,
        /** HTML pages for people. */
        PAGE,
        /** An HTML page shown to browsers on a {@link #SPARQL} path when they ask without a query. */
        BROWSER_PAGE,
        /** What a {@link #SPARQL} path says about itself to a GET without a query that is not a browser's. */
        SELF_DESCRIPTION,
        /** Data for download: the catalog, files, VoID. */
        DATA,
        /** Operations: health and metrics. */
        OPS
    }

    public Route {
        Objects.requireNonNull(pathSpec, "pathSpec");
        methods = List.copyOf(methods);
        Objects.requireNonNull(serves, "serves");
        Objects.requireNonNull(kind, "kind");
        if ((kind == Kind.SPARQL) != (servlet == null)) {
            throw new IllegalArgumentException("Fuseki serves exactly the SPARQL routes: " + pathSpec);
        }
    }

    /** A route served by Fuseki's SPARQL protocol implementation. */
    public static Route sparql(String pathSpec, List<String> methods, String serves) {
        return new Route(pathSpec, methods, serves, Kind.SPARQL, null);
    }

    /** A route served by a servlet of ours (or of another govgraph engineer). */
    public static Route servlet(
            String pathSpec,
            List<String> methods,
            String serves,
            Kind kind,
            Function<ServerContext, HttpServlet> servlet) {
        return new Route(pathSpec, methods, serves, kind, Objects.requireNonNull(servlet, "servlet"));
    }

    /** The path without a trailing wildcard: what a client requests for a spec like {@code /download/*}. */
    public String examplePath() {
        return pathSpec.endsWith("/*") ? pathSpec.substring(0, pathSpec.length() - 1) : pathSpec;
    }
}

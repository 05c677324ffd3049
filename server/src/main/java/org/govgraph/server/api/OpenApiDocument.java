package org.govgraph.server.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.govgraph.server.Route;
import org.govgraph.server.Routes;

/**
 * The OpenAPI 3 description of the server's programmatic routes (the API and SPARQL kinds
 * of the route table), with the parameters each one takes.
 */
public final class OpenApiDocument {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A query parameter of an operation. */
    record Param(String name, String type, boolean required, String description, String in) {
        Param(String name, String type, boolean required, String description) {
            this(name, type, required, description, "query");
        }
    }

    /** Parameters by path; a route that takes none is simply absent. */
    private static final Map<String, List<Param>> PARAMETERS = Map.of(
            "/api/search",
                    List.of(
                            new Param("q", "string", true, "Keywords (Lucene syntax: quotes, AND/OR, field:value)"),
                            new Param(
                                    "lang", "string", false, "Preferred language of titles and snippets (en, fr, ...)"),
                            new Param("page", "integer", false, "Page number, from 1"),
                            new Param("size", "integer", false, "Results per page"),
                            new Param("facet", "string", false, "A facet to count (repeatable)"),
                            new Param(
                                    "filter",
                                    "string",
                                    false,
                                    "name:value, keeps hits with that facet value (repeatable)")),
            "/api/suggest",
                    List.of(
                            new Param("q", "string", true, "The beginning of a title (also accepted as prefix=)"),
                            new Param("lang", "string", false, "Preferred language"),
                            new Param("limit", "integer", false, "Maximum suggestions")),
            "/sparql",
                    List.of(
                            new Param("query", "string", true, "A SPARQL 1.1 query"),
                            new Param(
                                    "default-graph-uri",
                                    "string",
                                    false,
                                    "A graph to use as the default graph (repeatable)"),
                            new Param(
                                    "named-graph-uri", "string", false, "A graph to use as a named graph (repeatable)"),
                            new Param(
                                    "format",
                                    "string",
                                    false,
                                    "Result format: json, xml, csv, tsv, ttl, nt, jsonld, rdfxml"),
                            new Param(
                                    "timeout",
                                    "number",
                                    false,
                                    "A shorter time limit in seconds (the server's limit applies anyway)")),
            "/admin/ingest/*",
                    List.of(
                            new Param("source", "string", true, "The source id (un-egdi, ca-si, ...)", "path"),
                            new Param("name", "string", false, "The file name of a body that is one file"),
                            new Param(
                                    "allowRejects",
                                    "boolean",
                                    false,
                                    "Write the accepted rows when some are rejected")),
            "/admin/prune",
                    List.of(
                            new Param(
                                    "keep",
                                    "integer",
                                    true,
                                    "How many of the newest releases of each source keep their downloads"),
                            new Param("dryRun", "boolean", false, "Only say what would be withdrawn and deleted")));

    private OpenApiDocument() {}

    /** The document as a Jackson tree. */
    public static ObjectNode build() {
        ObjectNode doc = JSON.createObjectNode();
        doc.put("openapi", "3.0.3");
        ObjectNode info = doc.putObject("info");
        info.put("title", "govgraph");
        info.put("description", "Public-sector service delivery as linked open data: keyword search and SPARQL.");
        info.put(
                "version",
                OpenApiDocument.class.getPackage().getImplementationVersion() == null
                        ? "development"
                        : OpenApiDocument.class.getPackage().getImplementationVersion());
        ObjectNode paths = doc.putObject("paths");
        for (Route route : Routes.all()) {
            if (route.kind() != Route.Kind.API && route.kind() != Route.Kind.SPARQL) {
                continue;
            }
            // A trailing /* is the route's one path parameter, e.g. /admin/ingest/{source}.
            ObjectNode path = paths.putObject(route.pathSpec().replace("/*", "/{source}"));
            for (String method : route.methods()) {
                if (method.equals("HEAD")) {
                    continue;
                }
                ObjectNode op = path.putObject(method.toLowerCase(Locale.ROOT));
                op.put("summary", route.serves());
                ArrayNode params = op.putArray("parameters");
                if (method.equals("GET") || route.kind() == Route.Kind.API) {
                    for (Param p : PARAMETERS.getOrDefault(route.pathSpec(), List.of())) {
                        ObjectNode param = params.addObject();
                        param.put("name", p.name());
                        param.put("in", p.in());
                        param.put("required", p.required());
                        param.put("description", p.description());
                        param.putObject("schema").put("type", p.type());
                    }
                }
                ObjectNode responses = op.putObject("responses");
                responses.putObject("200").put("description", "OK");
                responses.putObject("400").put("description", "Bad request: the message says what is wrong");
                if (method.equals("POST") && route.kind() == Route.Kind.API) {
                    responses.putObject("401").put("description", "Without the admin bearer token");
                    responses.putObject("403").put("description", "A wrong token, or writes disabled");
                    responses.putObject("422").put("description", "Rows were rejected and nothing was written");
                }
                if (route.kind() == Route.Kind.SPARQL) {
                    responses.putObject("401").put("description", "A write without the admin bearer token");
                    responses.putObject("403").put("description", "A write with a wrong token, or writes disabled");
                    responses.putObject("406").put("description", "No acceptable result format");
                    responses.putObject("413").put("description", "The query is too large");
                    responses.putObject("503").put("description", "The query ran past the time limit");
                }
            }
        }
        return doc;
    }
}

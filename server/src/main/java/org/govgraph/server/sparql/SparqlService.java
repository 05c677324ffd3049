package org.govgraph.server.sparql;

import java.time.Duration;
import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.servlets.GSP_RW;
import org.apache.jena.fuseki.servlets.SPARQL_Update;
import org.apache.jena.query.ARQ;
import org.apache.jena.riot.WebContent;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.http.Service;
import org.apache.jena.sparql.util.Context;

/**
 * Puts Fuseki's SPARQL protocol implementation on the store: queries (and, with a token,
 * updates) at {@code /sparql}, the Graph Store Protocol at {@code /data}. Both sit on the
 * dataset URL itself, so the paths are exactly those of the route table.
 */
public final class SparqlService {
    /** The SPARQL endpoint's path. */
    public static final String SPARQL_PATH = "/sparql";
    /** The Graph Store Protocol's path. */
    public static final String DATA_PATH = "/data";
    /** The methods that read the Graph Store; every other method Fuseki runs there writes. */
    private static final Set<String> READING_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private SparqlService() {}

    /**
     * Adds the endpoints to a Fuseki builder. Update and Graph Store writes are always
     * installed, so that every request Fuseki would run as a write meets the one decision of
     * {@code authorisation} (which refuses them all when the server has no token) and then
     * runs as {@code execution} says.
     */
    public static void install(
            FusekiServer.Builder fuseki,
            DatasetGraph dataset,
            WriteAuthorisation authorisation,
            WriteExecution execution) {
        // With its media type, or Fuseki would stop dispatching application/sparql-update bodies to it.
        fuseki.registerOperation(
                Operation.Update,
                WebContent.contentTypeSPARQLUpdate,
                new AuthorisedOperation(
                        new SPARQL_Update(), method -> !method.equals("OPTIONS"), authorisation, execution));
        fuseki.registerOperation(
                Operation.GSP_RW,
                new AuthorisedOperation(
                        new GSP_RW(), method -> !READING_METHODS.contains(method), authorisation, execution));
        fuseki.add(
                SPARQL_PATH,
                DataService.newBuilder(dataset)
                        .addEndpoint(Operation.Query, "")
                        .addEndpoint(Operation.Update, "")
                        .build());
        fuseki.add(
                DATA_PATH,
                DataService.newBuilder(dataset)
                        .addEndpoint(Operation.GSP_RW, "")
                        .build());
    }

    /**
     * Sets the query limits on the dataset's context, which every query through Fuseki
     * reads: the time limit (a client may ask for less, never more), whether
     * {@code SERVICE} may call other hosts, regular expressions that match in linear
     * time ({@link LinearRegex}), so that no pattern runs past the time limit, and the
     * bounds on what a query may hold in memory ({@link QueryMemoryLimits}).
     */
    public static void limit(Context context, Duration queryTimeout, boolean allowService) {
        context.set(ARQ.queryTimeout, Long.toString(queryTimeout.toMillis()));
        context.set(Service.httpServiceAllowed, allowService);
        QueryRewrites.install(context);
        QueryMemoryLimits.install(context);
    }
}

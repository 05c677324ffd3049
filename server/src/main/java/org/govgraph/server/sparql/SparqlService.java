package org.govgraph.server.sparql;

import java.time.Duration;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
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

    private SparqlService() {
    }

    /**
     * Adds the endpoints to a Fuseki builder. Update and Graph Store writes are only
     * installed when {@code writable}; the write guard checks the token in front of them.
     */
    public static void install(FusekiServer.Builder fuseki, DatasetGraph dataset, boolean writable) {
        DataService.Builder sparql = DataService.newBuilder(dataset).addEndpoint(Operation.Query, "");
        if (writable) {
            sparql.addEndpoint(Operation.Update, "");
        }
        fuseki.add(SPARQL_PATH, sparql.build());
        fuseki.add(DATA_PATH, DataService.newBuilder(dataset)
                .addEndpoint(writable ? Operation.GSP_RW : Operation.GSP_R, "")
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

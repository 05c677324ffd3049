package org.govgraph.server.sparql;

import java.util.function.Consumer;
import org.apache.jena.fuseki.servlets.HttpAction;

/**
 * How an admitted write runs: around Fuseki's own execution of it ({@code operation}, given the
 * action to run on), a policy may refuse it first (answering the request itself), or run it on
 * another dataset and turn its outcome into a release.
 */
@FunctionalInterface
public interface WriteExecution {
    /** Runs {@code operation} for {@code action} (or for an action of its own), or answers the request without it. */
    void run(HttpAction action, Consumer<HttpAction> operation);
}

package org.govgraph.server.sparql;

import org.apache.jena.fuseki.servlets.HttpAction;

/**
 * How an admitted write runs: around Fuseki's own execution of it ({@code write}), a policy may
 * refuse it first (answering the request itself) or turn its outcome into a release.
 */
@FunctionalInterface
public interface WriteExecution {
    /** Runs {@code write} for {@code action}, or answers the request without running it. */
    void run(HttpAction action, Runnable write);
}

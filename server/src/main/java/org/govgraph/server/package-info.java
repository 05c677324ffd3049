/**
 * The govgraph HTTP server: {@link org.govgraph.server.GovgraphServer} (one Jetty process on
 * Fuseki's builder), {@link org.govgraph.server.Routes} (the one table of routes),
 * {@link org.govgraph.server.ErrorMapper} (the one place exceptions become HTTP statuses),
 * and the operational parts: health, Prometheus metrics, readiness, gzip, CORS, access log,
 * and the defence against slow and numerous clients ({@link org.govgraph.server.SlowClientGuard}:
 * bodies read without a thread, a minimum body rate, a request queue the operations routes skip).
 */
package org.govgraph.server;

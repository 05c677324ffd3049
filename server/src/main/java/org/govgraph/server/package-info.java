/**
 * The govgraph HTTP server: {@link org.govgraph.server.GovgraphServer} (one Jetty process on
 * Fuseki's builder), {@link org.govgraph.server.Routes} (the one table of routes),
 * {@link org.govgraph.server.ErrorMapper} (the one place exceptions become HTTP statuses),
 * and the operational parts: health, Prometheus metrics, readiness, gzip, CORS, access log.
 */
package org.govgraph.server;

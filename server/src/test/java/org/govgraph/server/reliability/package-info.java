/**
 * Reliability tests: the bad-input corpus through {@code govgraph ingest}, hostile HTTP
 * requests against a real server, and {@code kill -9} of a child JVM in the middle of an
 * ingest, after which the store holds exactly the previous or the new release and the
 * search index agrees with it. The long versions (100,000 services, twenty kills; 32
 * clients for a minute) run in the {@code bench} module.
 */
package org.govgraph.server.reliability;

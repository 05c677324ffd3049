/**
 * Administration over HTTP, behind the admin token: {@code POST /admin/ingest/{source}} ingests
 * a source into the running platform as a new release ({@link org.govgraph.server.admin.IngestServlet}),
 * answering with an {@link org.govgraph.server.admin.IngestResult} that the command line prints
 * in the same words as an ingest in its own process.
 */
package org.govgraph.server.admin;

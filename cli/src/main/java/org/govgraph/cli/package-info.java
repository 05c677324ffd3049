/**
 * The {@code govgraph} command line (picocli): demo, serve, ingest, query, validate, each a
 * class of its own, sharing the store and server options and the steps that follow a change
 * of the store (index, downloads).
 */
package org.govgraph.cli;

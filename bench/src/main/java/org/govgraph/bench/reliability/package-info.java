/**
 * The slow reliability runs, named on the command line only: {@code crash} (kill -9 of
 * {@code govgraph ingest} twenty times, inventories alternating) and {@code load} (32
 * clients for a minute against a 512 MiB server, pathological queries included).
 */
package org.govgraph.bench.reliability;

/**
 * Benchmark 4: streaming the full N-Triples dump over HTTP (published file and live Graph
 * Store read) against RIOT writing the same graph to a file, with the heap sampled.
 */
package org.govgraph.bench.download;

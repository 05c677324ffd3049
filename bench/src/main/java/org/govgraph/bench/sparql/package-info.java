/**
 * Benchmark 2: the example-query mix through govgraph's {@code /sparql} and through a
 * stock Fuseki on the same TDB2 dataset, at 1, 4 and 8 concurrent clients.
 */
package org.govgraph.bench.sparql;

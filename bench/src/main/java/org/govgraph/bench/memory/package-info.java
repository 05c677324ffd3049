/**
 * Benchmark 5: the smallest heap at which govgraph serves a store with the query mix,
 * found by bisection over child JVMs; and the server child used by the load run.
 */
package org.govgraph.bench.memory;

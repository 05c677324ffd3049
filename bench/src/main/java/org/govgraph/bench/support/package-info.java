/**
 * What the benchmarks share: child JVMs with their own heap ({@link org.govgraph.bench.support.ChildJvm}),
 * a closed-loop HTTP load driver on the JDK client ({@link org.govgraph.bench.support.HttpLoad}),
 * latency percentiles, heap sampling, and the scratch workspace of generated inventories and stores.
 */
package org.govgraph.bench.support;

/**
 * Benchmark 1: govgraph's ingest against Jena's TDB2 bulk loader on the same triples, at
 * 10,000, 100,000 and 1,000,000 generated services, each run in its own child JVM.
 */
package org.govgraph.bench.ingest;

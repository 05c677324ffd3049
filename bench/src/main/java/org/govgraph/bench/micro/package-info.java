/**
 * JMH micro-benchmarks where one fits: the search analyzer's throughput on titles and IRI
 * minting, tracked from run to run.
 */
package org.govgraph.bench.micro;

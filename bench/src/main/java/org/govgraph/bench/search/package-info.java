/**
 * Benchmark 3: keyword questions to govgraph's search index (in-process and over HTTP),
 * to SPARQL {@code CONTAINS} filters and to jena-text's {@code text:query}, on the same data.
 */
package org.govgraph.bench.search;

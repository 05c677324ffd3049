/**
 * What govgraph's search needs from an OpenSearch cluster, built from the same definitions as the
 * in-process Lucene index so that both answer alike: {@link org.govgraph.search.opensearch.IndexDefinition}
 * writes the analysis chains, word lists and field mappings as index settings,
 * {@link org.govgraph.search.opensearch.QueryDsl} turns a parsed query into the query DSL term for
 * term, {@link org.govgraph.search.opensearch.SourceDocuments} turns the index's documents into
 * JSON sources and back, and {@link org.govgraph.search.opensearch.OpenSearchCluster} holds the
 * client of the cluster named by {@code --search opensearch=...}.
 */
package org.govgraph.search.opensearch;

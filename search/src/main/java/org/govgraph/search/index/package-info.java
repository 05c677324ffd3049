/**
 * Building the keyword index from the store. What is indexed is data: per kind of entity a
 * SPARQL query ({@code <kind>.rq} in this package's resources) and a column map
 * ({@code <kind>.yaml}: column to title, description, context or facet, with a named hook where
 * a literal is not enough), read by {@link org.govgraph.search.index.EntityDefinition};
 * {@link org.govgraph.search.index.EntityReader} runs them over the union graph and
 * {@link org.govgraph.search.index.DocumentMaker} turns each entity into one Lucene document
 * with its per-language fields and facets, written with
 * {@link org.govgraph.search.index.SearchIndexCodec} (stored fields in small chunks, since a
 * page of hits reads scattered documents). The former hand-written walk
 * ({@code GraphWalkEntityReader}) now lives with the tests, as the reference they compare with.
 */
package org.govgraph.search.index;

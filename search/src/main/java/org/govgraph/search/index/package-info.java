/**
 * Building the keyword index from the store: {@link org.govgraph.search.index.EntityReader}
 * reads services, organisations, countries, data sets and indicators out of the union
 * graph, and {@link org.govgraph.search.index.DocumentMaker} turns each into one Lucene
 * document with its per-language fields and facets.
 */
package org.govgraph.search.index;

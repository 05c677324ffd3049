/**
 * Keyword search over a govgraph store: {@link org.govgraph.search.SearchIndex} builds a
 * Lucene index of services, organisations, countries, data sets and indicators from the
 * store, keeps it stamped with the store release it reflects, and answers searches (with
 * facets, highlighted snippets and languages) and autocomplete; the request and response
 * records here are what the server serialises to JSON.
 */
package org.govgraph.search;

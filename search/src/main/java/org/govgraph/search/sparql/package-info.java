/**
 * SPARQL integration of keyword search: the {@code gg:search} property function, registered
 * with ARQ's property-function registry and answered from the same Lucene index as the
 * search API.
 */
package org.govgraph.search.sparql;

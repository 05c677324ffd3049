/**
 * The TDB2 store: graph layout, atomic replacement of a source's graph, and release
 * records in the catalog graph whose store-wide stamp tells the search index whether it
 * is current.
 */
package org.govgraph.model.store;

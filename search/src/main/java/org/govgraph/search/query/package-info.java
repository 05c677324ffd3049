/**
 * The search syntax for non-programmers, built on Lucene's classic query parser: words
 * (all required), quoted phrases, {@code -excluded} words, {@code OR}, {@code prefix*},
 * {@code name:value} facet filters, the exact-phrase boost, the typo-tolerant fallback,
 * and parse errors rewritten as advice.
 */
package org.govgraph.search.query;

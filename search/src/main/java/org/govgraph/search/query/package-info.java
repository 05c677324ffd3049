/**
 * The search syntax for non-programmers, built on Lucene's classic query parser: words
 * (all required), quoted phrases, {@code -excluded} words, {@code OR}, {@code prefix*},
 * {@code name:value} facet filters, hyphenated words as one word, the exact-phrase boost,
 * the fallbacks for questions that find too little (approximate spellings of the words the
 * index does not know, then most of the words), parse errors rewritten as advice, and the
 * limits on what one search may cost ({@link org.govgraph.search.query.SearchLimits}).
 */
package org.govgraph.search.query;

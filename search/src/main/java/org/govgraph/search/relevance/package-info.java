/**
 * Measured relevance: the graded relevance set kept with the search module (questions in
 * English, French and Malay with hand-made judgements on the bundled real data), and the
 * measures computed on any backend's answers to it (nDCG@10, P@5, MRR, questions left
 * empty), so that the in-process index and other backends are compared by the same code.
 */
package org.govgraph.search.relevance;

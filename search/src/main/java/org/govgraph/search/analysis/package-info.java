/**
 * Text analysis for the keyword index: which analyzer reads which field, per language of
 * the literal (English, French, Malay via Lucene's Indonesian analyzer, standard for the
 * rest), the language-neutral accent- and case-folding field, facet keywords and the
 * edge n-grams of autocomplete; and the field names that indexing and querying share.
 */
package org.govgraph.search.analysis;

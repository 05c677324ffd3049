/**
 * Text analysis for the keyword index: which analyzer reads which field, per language of
 * the literal (English, French, Malay via Lucene's Indonesian analyzer, standard for the
 * rest), the language-neutral accent- and case-folding field, facet keywords and the
 * edge n-grams of autocomplete; the word lists they read (one stop set for every field, the
 * synonym and spelling-variant lists applied to what the user types, English stem overrides);
 * and the field names that indexing and querying share.
 */
package org.govgraph.search.analysis;

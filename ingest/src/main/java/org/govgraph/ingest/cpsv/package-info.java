/**
 * Sources that agencies already publish as linked data: CPSV-AP 3 files (Turtle, JSON-LD,
 * RDF/XML) read as they are, each subject one row, and held to govgraph's SHACL shapes like
 * every other source before they are stored as releases ({@link org.govgraph.ingest.cpsv.CpsvApSource},
 * {@code govgraph ingest --format cpsv-ap SOURCE-ID FILE...}).
 */
package org.govgraph.ingest.cpsv;

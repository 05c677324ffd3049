/**
 * The ingest pipeline shared by every source: an adapter reads rows into an
 * {@link org.govgraph.ingest.IngestContext}, the {@link org.govgraph.ingest.IngestRunner}
 * validates them with SHACL, traces violations back to rows, and replaces the source's
 * graph in one TDB2 transaction with its provenance. Rows read always equal rows loaded
 * plus rows skipped (rows that describe nothing and are not at fault, each listed with the
 * reason) plus rows rejected; a failed run changes nothing.
 *
 * <p>Sources whose rows are self-contained ({@link org.govgraph.ingest.SourceAdapter#validatesPerRow()},
 * the Canada inventory and standards) are validated a chunk of rows at a time as they are
 * read ({@code ChunkedValidation}) and the valid rows spooled to a
 * temporary RDF Thrift file ({@code RowSpool}) that the one write
 * transaction replays, so memory stays flat and time grows linearly with the inventory.
 */
package org.govgraph.ingest;

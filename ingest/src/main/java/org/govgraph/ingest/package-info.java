/**
 * The ingest pipeline shared by every source: an adapter reads rows into an
 * {@link org.govgraph.ingest.IngestContext}, the {@link org.govgraph.ingest.IngestRunner}
 * validates the whole result with SHACL, traces violations back to rows, and replaces the
 * source's graph in one TDB2 transaction with its provenance. Rows read always equal rows
 * loaded plus rows rejected; a failed run changes nothing.
 */
package org.govgraph.ingest;

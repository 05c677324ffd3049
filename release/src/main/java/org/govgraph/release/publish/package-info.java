/**
 * Publishing a release for benchmarking bodies: {@link org.govgraph.release.publish.Publisher}
 * turns the latest release of each source into files under {@code DIR/downloads/{source}/{release}/}
 * (Turtle and N-Triples, gzipped, JSON-LD, and tidy CSV tables with their CSV on the Web
 * metadata), streamed from a read transaction and moved into place atomically, and records
 * them as DCAT 3 / DCAT-AP 3 distributions with SHA-256 checksums in the store's catalog
 * graph, so that SPARQL sees the catalog and the bytes served can be checked against it.
 * The releases of a source form a DCAT dataset series, so a citation names one exact release.
 * {@link org.govgraph.release.publish.VoidDescription} states what each graph holds (VoID
 * statistics), once per release of the store.
 * Nothing here knows HTTP: the command line, the server and the benchmarks all call it.
 */
package org.govgraph.release.publish;

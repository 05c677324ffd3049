/**
 * The DCAT catalog and the downloads, for benchmarking bodies: {@link org.govgraph.server.catalog.Publisher}
 * turns the latest release of each source into files under {@code DIR/downloads/{source}/{release}/}
 * (Turtle and N-Triples, gzipped, JSON-LD, and tidy CSV tables with their CSV on the Web
 * metadata), streamed from a read transaction and moved into place atomically, and records
 * them as DCAT 3 / DCAT-AP 3 distributions with SHA-256 checksums in the store's catalog
 * graph, so that SPARQL sees the catalog and the bytes served can be checked against it.
 * The releases of a source form a DCAT dataset series, so a citation names one exact release.
 *
 * <p>The servlets serve what the publisher wrote: {@code /catalog} (Turtle, JSON-LD or an
 * HTML listing), {@code /download/{source}/{release}/{file}} (the published bytes, with
 * their checksum as ETag) and {@code /.well-known/void}.
 */
package org.govgraph.server.catalog;

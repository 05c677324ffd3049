/**
 * The catalog and the downloads over HTTP: the servlets serve what
 * {@link org.govgraph.release.publish.Publisher} wrote: {@code /catalog} (Turtle, JSON-LD or an
 * HTML listing), {@code /download/{source}/{release}/{file}} (the published bytes, with
 * their checksum as ETag) and the VoID description at {@code /void} and {@code /.well-known/void}.
 */
package org.govgraph.server.catalog;

package org.govgraph.ingest;

/**
 * What the catalog says of a source: its id (also its graph's name), a title and
 * description, who publishes the original, under which licence, and where it comes from.
 *
 * @param id          e.g. {@code ca-si}; the graph is {@code {base}graph/source/{id}}
 * @param title       e.g. "Government of Canada Service Inventory"
 * @param description one paragraph for the catalog
 * @param publisher   the original publisher's name
 * @param license     the licence IRI
 * @param sourceUrl   where the original is published
 * @param inputs      how to name the inputs on the command line, for help and errors
 */
public record SourceInfo(String id, String title, String description, String publisher,
                         String license, String sourceUrl, String inputs) {
}

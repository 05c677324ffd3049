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
 * @param jurisdiction the country whose government offers what the source lists (ISO 3166-1
 *                     alpha-3), or {@code null} for a source that covers many (the survey),
 *                     whose countries its data names
 */
public record SourceInfo(
        String id,
        String title,
        String description,
        String publisher,
        String license,
        String sourceUrl,
        String inputs,
        String jurisdiction) {}

package org.govgraph.search;

/**
 * One completion offered while a user types.
 *
 * @param title the entity's title in the requested language, else in any (plain text)
 * @param iri   the entity's IRI
 * @param kind  service, organisation, country, dataset or indicator
 */
public record Suggestion(String title, String iri, String kind) {}

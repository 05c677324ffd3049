package org.govgraph.search;

/**
 * One value of a facet and how many matching entities have it.
 *
 * @param value the value to filter on ({@code name:value}), e.g. {@code MYS}
 * @param label its human label in the requested language, e.g. {@code Malaysia}
 * @param count the exact number of matching entities with that value
 */
public record FacetCount(String value, String label, long count) {}

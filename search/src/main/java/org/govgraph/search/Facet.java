package org.govgraph.search;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The facets a search can count and filter on. The name is at once the facet's key in
 * responses, the {@code facet=} request parameter and the {@code name:value} filter prefix
 * of the query syntax.
 */
public enum Facet {
    KIND("kind", false),
    /** The competent authority of a service, by the organisation's key (e.g. {@code ircc}). */
    ORG("org", true),
    /** ISO 3166-1 alpha-3 code. */
    COUNTRY("country", true),
    REGION("region", true),
    INCOME("income", true),
    /** {@code yes} or {@code no}: whether the service is end-to-end online. */
    ONLINE("online", false),
    /** The service type code, e.g. {@code INFO}. */
    TYPE("type", true),
    /** The channel code, e.g. {@code ONL}. */
    CHANNEL("channel", true),
    /** A survey or observation year, e.g. {@code 2022}. */
    YEAR("year", true),
    /** The source data set, e.g. {@code ca-si}. */
    SOURCE("source", true);

    private final String id;
    private final boolean multiValued;

    Facet(String id, boolean multiValued) {
        this.id = id;
        this.multiValued = multiValued;
    }

    public String id() {
        return id;
    }

    /** Whether an entity can have several values (their counts then need not add up to the total). */
    public boolean multiValued() {
        return multiValued;
    }

    /** The indexed keyword field that filters on this facet (values lower-cased). */
    public String filterField() {
        return "f_" + id;
    }

    /** The facet named {@code name} (case-insensitive), also by a few natural synonyms. */
    public static Optional<Facet> byName(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        String canonical = switch (n) {
            case "organisation", "organization", "authority" -> "org";
            case "service-type", "servicetype" -> "type";
            case "income-group", "incomegroup" -> "income";
            case "dataset", "data-set" -> "source";
            default -> n;
        };
        return Arrays.stream(values()).filter(f -> f.id.equals(canonical)).findFirst();
    }

    /** Every facet name, in display order. */
    public static List<String> names() {
        return Arrays.stream(values()).map(Facet::id).toList();
    }
}

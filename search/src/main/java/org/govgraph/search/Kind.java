package org.govgraph.search;

import java.util.Locale;

/** The kinds of entity the index holds, one Lucene document each. */
public enum Kind {
    SERVICE("Public service"),
    ORGANISATION("Organisation"),
    COUNTRY("Country"),
    DATASET("Data set"),
    INDICATOR("Indicator");

    private final String label;

    Kind(String label) {
        this.label = label;
    }

    /** The name used in JSON, facets and filters, e.g. {@code service}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** An English label for facet lists. */
    public String label() {
        return label;
    }
}

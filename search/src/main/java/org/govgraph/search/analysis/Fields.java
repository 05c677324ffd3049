package org.govgraph.search.analysis;

import java.util.Arrays;
import java.util.List;
import org.govgraph.search.Facet;
import org.govgraph.search.analysis.Analyzers.LanguageGroup;

/** The names of the index's fields, in one place so that indexing and querying agree. */
public final class Fields {
    /** The entity IRI (keyword, stored). */
    public static final String IRI = "iri";
    /** {@code entity} for searchable documents, {@code label} for the facet-label documents. */
    public static final String DOCTYPE = "doctype";

    public static final String ENTITY = "entity";
    public static final String LABEL = "label";
    /** The kind, stored (also a facet). */
    public static final String KIND = "kind";
    /** Every title and description, case- and accent-folded, language-neutral. */
    public static final String TITLE_ANY = "title_any";

    public static final String DESCRIPTION_ANY = "desc_any";
    /** Names of related things (the organisation, country, types, channels): found, but ranked low. */
    public static final String CONTEXT = "context";
    /** Titles as edge n-grams, for autocomplete. */
    public static final String SUGGEST = "suggest";
    /** Stored facet-label document fields. */
    public static final String LABEL_DIM = "label_dim";

    public static final String LABEL_VALUE = "label_value";

    private Fields() {}

    public static String title(LanguageGroup g) {
        return "title_" + g.suffix();
    }

    public static String description(LanguageGroup g) {
        return "desc_" + g.suffix();
    }

    /** What the name of every stored title starts with, before its language tag. */
    public static final String STORED_TITLE_PREFIX = "t.";
    /** What the name of every stored description starts with, before its language tag. */
    public static final String STORED_DESCRIPTION_PREFIX = "d.";

    /** Stored title in one exact language tag ({@code und} for none). */
    public static String storedTitle(String lang) {
        return STORED_TITLE_PREFIX + lang;
    }

    /** Stored description in one exact language tag ({@code und} for none). */
    public static String storedDescription(String lang) {
        return STORED_DESCRIPTION_PREFIX + lang;
    }

    /** Stored label of a facet value in one language tag. */
    public static String storedLabel(String lang) {
        return "l." + lang;
    }

    /** Stored facet values of an entity, for the hit's fields. */
    public static String storedFacet(Facet f) {
        return "v." + f.id();
    }

    /** The neutral text field that holds the labels of an entity's facet values ({@code org:immigration}). */
    public static String facetLabel(Facet f) {
        return "fl_" + f.id();
    }

    public static List<String> titleFields() {
        return Arrays.stream(LanguageGroup.values()).map(Fields::title).toList();
    }

    public static List<String> descriptionFields() {
        return Arrays.stream(LanguageGroup.values()).map(Fields::description).toList();
    }
}

package org.govgraph.search.index;

import java.util.List;
import java.util.Map;
import org.govgraph.search.Facet;
import org.govgraph.search.Kind;

/**
 * What the index knows of one entity, read from the store: its texts per language, the
 * names of related things, and its facet values.
 *
 * @param iri          the entity's IRI
 * @param kind         its kind
 * @param titles       its titles, each with its language tag ({@code ""} when the literal has none)
 * @param descriptions its descriptions, likewise
 * @param context      names of related entities (organisation, country, types), searchable at a low weight
 * @param facets       its values per facet
 */
public record IndexedEntity(
        String iri,
        Kind kind,
        List<LangText> titles,
        List<LangText> descriptions,
        List<String> context,
        Map<Facet, List<FacetValue>> facets) {

    /** A text with its language tag. */
    public record LangText(String lang, String text) {}

    /**
     * One facet value with its labels.
     *
     * @param value  the value filtered on (a code or key, e.g. {@code MYS})
     * @param labels its labels by language tag, e.g. {@code en -> Malaysia}
     */
    public record FacetValue(String value, Map<String, String> labels) {}
}

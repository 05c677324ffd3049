package org.govgraph.search;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import java.util.Map;

/**
 * One entity found by a search.
 *
 * @param iri     the entity's IRI
 * @param kind    service, organisation, country, dataset or indicator
 * @param title   its title in the requested language, else in any: plain text, to be escaped by whoever renders it
 * @param snippet an HTML fragment: the matching passage, HTML-escaped, with matches in {@code <mark>}
 * @param score   the relevance score (BM25), for ordering only
 * @param fields  more about the entity, written beside the others in JSON: {@code titleHtml} (the title, escaped and
 *                marked like the snippet), {@code lang} (the language of the title), and its facet values by facet
 *                name (e.g. {@code online: "yes"}, {@code org: ["ircc"]})
 */
public record SearchHit(
        String iri,
        String kind,
        String title,
        String snippet,
        float score,
        @JsonAnyGetter Map<String, Object> fields) {}

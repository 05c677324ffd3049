package org.govgraph.search;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.govgraph.search.analysis.Fields;

/**
 * A hit from an entity's stored fields and its highlights: the title and snippet in the
 * requested language, escaped and marked, and the facet values. Both backends give it the
 * stored fields as a Lucene document, so that hits look the same whichever answered.
 */
final class HitMaker {
    private HitMaker() {}

    static SearchHit hit(Document d, float score, SnippetMaker.Highlights h, String lang) {
        Titles.Chosen title = Titles.choose(d, lang);
        String titleHtml = Optional.ofNullable(h.title()).orElseGet(() -> SnippetMaker.escapedLead(title.text()));
        String snippet = h.description();
        if (snippet == null) {
            snippet = SnippetMaker.escapedLead(Titles.description(d, title.lang()));
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("titleHtml", titleHtml);
        fields.put("lang", title.lang());
        for (Facet f : Facet.values()) {
            if (f == Facet.KIND) {
                continue;
            }
            String[] values = d.getValues(Fields.storedFacet(f));
            if (values.length > 0) {
                fields.put(f.id(), f.multiValued() ? java.util.List.of(values) : values[0]);
            }
        }
        return new SearchHit(d.get(Fields.IRI), d.get(Fields.KIND), title.text(), snippet, score, fields);
    }

    /** A suggestion from an entity's stored fields. */
    static Suggestion suggestion(Document d, String lang) {
        return new Suggestion(Titles.choose(d, lang).text(), d.get(Fields.IRI), d.get(Fields.KIND));
    }
}

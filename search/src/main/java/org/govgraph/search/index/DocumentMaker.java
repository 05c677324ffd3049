package org.govgraph.search.index;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.govgraph.search.Facet;
import org.govgraph.search.analysis.Analyzers;
import org.govgraph.search.analysis.Analyzers.LanguageGroup;
import org.govgraph.search.analysis.Fields;
import org.govgraph.search.index.IndexedEntity.FacetValue;
import org.govgraph.search.index.IndexedEntity.LangText;

/**
 * Turns entities into Lucene documents: per-language analysed titles and descriptions
 * (with offsets for the highlighter; their text is stored once, by exact language tag), the
 * language-neutral fields, the facet fields, and one small label document per distinct facet
 * value so that the index alone can name its facet values.
 */
public final class DocumentMaker {
    /**
     * Analysed, with offsets in the postings: what the unified highlighter reads fastest. Not
     * stored: the same text is in the {@code t.<lang>} and {@code d.<lang>} fields, which the
     * highlighter reads (storing both doubled every hit's stored-field decompression).
     */
    private static final FieldType HIGHLIGHTED = new FieldType(TextField.TYPE_NOT_STORED);

    static {
        HIGHLIGHTED.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        HIGHLIGHTED.freeze();
    }

    private final FacetsConfig config;
    /** Facet -> value -> labels by language, gathered while documents are made. */
    private final Map<Facet, Map<String, Map<String, String>>> labels = new LinkedHashMap<>();

    public DocumentMaker(FacetsConfig config) {
        this.config = config;
    }

    /** The facet configuration every index writer and reader of govgraph uses. */
    public static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        for (Facet f : Facet.values()) {
            config.setMultiValued(f.id(), f.multiValued());
        }
        return config;
    }

    /** The document of one entity, with facets built. */
    public Document entity(IndexedEntity e) throws java.io.IOException {
        return config.build(fields(e));
    }

    /**
     * The fields of one entity before the facets are built: what another engine (OpenSearch)
     * indexes, each facet value still a {@link SortedSetDocValuesFacetField} of its own.
     */
    public Document fields(IndexedEntity e) {
        Document doc = new Document();
        doc.add(new StringField(Fields.IRI, e.iri(), Field.Store.YES));
        doc.add(new StringField(Fields.DOCTYPE, Fields.ENTITY, Field.Store.NO));
        doc.add(new StoredField(Fields.KIND, e.kind().id()));
        for (LangText t : e.titles()) {
            doc.add(new Field(Fields.title(LanguageGroup.of(t.lang())), t.text(), HIGHLIGHTED));
            doc.add(new TextField(Fields.TITLE_ANY, t.text(), Field.Store.NO));
            doc.add(new TextField(Fields.SUGGEST, t.text(), Field.Store.NO));
            doc.add(new StoredField(Fields.storedTitle(tag(t.lang())), t.text()));
        }
        for (LangText d : e.descriptions()) {
            doc.add(new Field(Fields.description(LanguageGroup.of(d.lang())), d.text(), HIGHLIGHTED));
            doc.add(new TextField(Fields.DESCRIPTION_ANY, d.text(), Field.Store.NO));
            doc.add(new StoredField(Fields.storedDescription(tag(d.lang())), d.text()));
        }
        for (String c : e.context()) {
            doc.add(new TextField(Fields.CONTEXT, c, Field.Store.NO));
        }
        for (Map.Entry<Facet, List<FacetValue>> f : e.facets().entrySet()) {
            Facet facet = f.getKey();
            for (FacetValue v : f.getValue()) {
                doc.add(new SortedSetDocValuesFacetField(facet.id(), v.value()));
                doc.add(new StringField(facet.filterField(), Analyzers.foldKeyword(v.value()), Field.Store.NO));
                doc.add(new StoredField(Fields.storedFacet(facet), v.value()));
                for (String label : new java.util.LinkedHashSet<>(v.labels().values())) {
                    doc.add(new TextField(Fields.facetLabel(facet), label, Field.Store.NO));
                }
                Map<String, String> known = labels.computeIfAbsent(facet, k -> new LinkedHashMap<>())
                        .computeIfAbsent(v.value(), k -> new LinkedHashMap<>());
                v.labels().forEach((lang, label) -> known.putIfAbsent(tag(lang), label));
            }
        }
        return doc;
    }

    /** A title or description field as indexed: analysed, with offsets for the highlighter. */
    public static Field highlighted(String field, String text) {
        return new Field(field, text, HIGHLIGHTED);
    }

    /** One document per facet value seen so far, holding its labels. */
    public List<Document> labelDocuments() {
        List<Document> docs = new ArrayList<>();
        labels.forEach((facet, values) -> values.forEach((value, byLang) -> {
            if (byLang.isEmpty()) {
                return;
            }
            Document doc = new Document();
            doc.add(new StringField(Fields.DOCTYPE, Fields.LABEL, Field.Store.NO));
            doc.add(new StoredField(Fields.LABEL_DIM, facet.id()));
            doc.add(new StoredField(Fields.LABEL_VALUE, value));
            byLang.forEach((lang, label) -> doc.add(new StoredField(Fields.storedLabel(lang), label)));
            docs.add(doc);
        }));
        return docs;
    }

    /** The language tag as stored: {@code und} when the literal has none. */
    public static String tag(String lang) {
        return lang == null || lang.isEmpty() ? "und" : lang.toLowerCase(java.util.Locale.ROOT);
    }
}

package org.govgraph.search.opensearch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexableField;
import org.govgraph.search.analysis.Fields;
import org.govgraph.search.index.DocumentMaker;

/**
 * The documents of {@link DocumentMaker} as OpenSearch sources and back: every field with its
 * values in order (the facet values are already there as {@code v.<facet>}), plus
 * {@link IndexDefinition#SEQ}; and from a hit's source, the stored fields a Lucene document would
 * give (for the hit's title, snippet and facet values) and the whole document to highlight in, so
 * that hits and snippets are made by the same code for both backends.
 */
public final class SourceDocuments {
    private SourceDocuments() {}

    /** The source of a document, its fields in order; {@code seq} its position in the build. */
    public static Map<String, Object> source(Document doc, int seq) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (IndexableField f : doc.getFields()) {
            if (f instanceof SortedSetDocValuesFacetField || f.stringValue() == null) {
                continue; // the facet values are the v.<facet> stored fields too
            }
            fields.computeIfAbsent(f.name(), k -> new ArrayList<>()).add(f.stringValue());
        }
        Map<String, Object> source = new LinkedHashMap<>(fields);
        source.put(IndexDefinition.SEQ, seq);
        return source;
    }

    /** The stored fields of a hit, as the in-process index's stored document has them. */
    public static Document stored(Map<String, Object> source) {
        Document d = new Document();
        source.forEach((name, value) -> {
            if (name.equals(Fields.IRI)
                    || name.equals(Fields.KIND)
                    || name.startsWith(Fields.STORED_TITLE_PREFIX)
                    || name.startsWith(Fields.STORED_DESCRIPTION_PREFIX)
                    || name.startsWith("v.")
                    || name.startsWith("l.")
                    || name.equals(Fields.LABEL_DIM)
                    || name.equals(Fields.LABEL_VALUE)) {
                values(value).forEach(v -> d.add(new StoredField(name, v)));
            }
        });
        return d;
    }

    /**
     * The whole Lucene document a source was made from, every field as {@link DocumentMaker} makes
     * it, for a one-page index to highlight in: the highlighter asks whether each document matches the
     * query, filters and all, so the document must hold every field the query reads.
     */
    public static Document document(Map<String, Object> source) {
        Document d = new Document();
        List<String> highlighted = new ArrayList<>(Fields.titleFields());
        highlighted.addAll(Fields.descriptionFields());
        source.forEach((name, value) -> {
            for (String v : values(value)) {
                if (highlighted.contains(name)) {
                    d.add(DocumentMaker.highlighted(name, v));
                } else if (name.equals(Fields.IRI) || name.equals(Fields.DOCTYPE) || name.startsWith("f_")) {
                    d.add(new StringField(name, v, Field.Store.YES));
                } else if (name.equals(Fields.TITLE_ANY)
                        || name.equals(Fields.DESCRIPTION_ANY)
                        || name.equals(Fields.CONTEXT)
                        || name.equals(Fields.SUGGEST)
                        || name.startsWith("fl_")) {
                    d.add(new TextField(name, v, Field.Store.NO));
                } else if (!name.equals(IndexDefinition.SEQ)) {
                    d.add(new StoredField(name, v));
                }
            }
        });
        return d;
    }

    private static List<String> values(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return value == null ? List.of() : List.of(String.valueOf(value));
    }
}

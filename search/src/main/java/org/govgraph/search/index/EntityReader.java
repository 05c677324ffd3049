package org.govgraph.search.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.vocabulary.DCTerms;
import org.govgraph.model.Iris;
import org.govgraph.search.Facet;
import org.govgraph.search.Kind;
import org.govgraph.search.index.EntityDefinition.Column;
import org.govgraph.search.index.EntityDefinition.Field;
import org.govgraph.search.index.EntityDefinition.Hook;
import org.govgraph.search.index.IndexedEntity.FacetValue;
import org.govgraph.search.index.IndexedEntity.LangText;

/**
 * Reads the entities to index out of a store as the {@link EntityDefinition}s say: runs each
 * kind's query over the union graph and turns the rows of each entity into one
 * {@link IndexedEntity}, its columns' values added in the order of the kind's map. Every
 * entity also has the kind as a facet value and, as sources, the source graphs that hold it.
 * An entity found by an earlier kind is not indexed again. Must be called inside a read
 * transaction.
 */
public final class EntityReader {
    private final DatasetGraph dsg;
    private final List<EntityDefinition> definitions;
    private final TermValues values;
    /** Source id -> its graph, in the store's order. */
    private final Map<String, Node> sourceGraphs = new LinkedHashMap<>();
    /** Source id -> the titles of its data set, by language. */
    private final Map<String, Map<String, String>> sourceLabels = new LinkedHashMap<>();

    public EntityReader(DatasetGraph dsg, Iris iris) {
        this.dsg = dsg;
        this.definitions = EntityDefinition.all(iris);
        this.values = new TermValues(dsg.getUnionGraph());
        for (var it = dsg.listGraphNodes(); it.hasNext(); ) {
            Node g = it.next();
            Optional<String> source = iris.sourceOf(g);
            if (source.isPresent()) {
                String id = source.get();
                sourceGraphs.put(id, g);
                Map<String, String> labels = values.langLabels(iris.dataset(id), DCTerms.title.asNode());
                sourceLabels.put(id, labels.isEmpty() ? Map.of("", id) : labels);
            }
        }
    }

    /** Calls {@code sink} once per entity to index, kind by kind. */
    public void forEach(Consumer<IndexedEntity> sink) {
        Set<Node> done = new HashSet<>();
        for (EntityDefinition d : definitions) {
            read(d, done, sink);
        }
    }

    /**
     * One kind: its rows grouped by entity, entities in the order the query first names them
     * (ARQ joins the column branches to the entities by hash, so one entity's rows are not
     * consecutive and cannot be streamed).
     */
    private void read(EntityDefinition d, Set<Node> done, Consumer<IndexedEntity> sink) {
        Map<Node, Map<Column, Set<Node>>> entities = new LinkedHashMap<>();
        try (QueryExec exec = QueryExec.dataset(dsg).query(d.query()).build()) {
            RowSet rows = exec.select();
            while (rows.hasNext()) {
                Binding row = rows.next();
                Map<Column, Set<Node>> terms =
                        entities.computeIfAbsent(row.get(EntityDefinition.ENTITY), k -> new LinkedHashMap<>());
                for (Column c : d.columns()) {
                    Node v = row.get(c.var());
                    if (v != null) {
                        terms.computeIfAbsent(c, k -> new LinkedHashSet<>()).add(v);
                    }
                }
            }
        }
        entities.forEach((entity, terms) -> {
            if (done.add(entity)) {
                sink.accept(entity(d, entity, terms));
            }
        });
    }

    /** What one entity's rows say, column by column; the titles first, which a country's figures name it by. */
    private IndexedEntity entity(EntityDefinition d, Node s, Map<Column, Set<Node>> terms) {
        Document doc = new Document(d.kind());
        for (Column c : d.columns()) {
            if (c.field() == Field.TITLE) {
                add(doc, c, terms.getOrDefault(c, Set.of()), s);
            }
        }
        for (Column c : d.columns()) {
            if (c.field() != Field.TITLE) {
                add(doc, c, terms.getOrDefault(c, Set.of()), s);
            }
        }
        List<FacetValue> sources = doc.facets.get(Facet.SOURCE);
        sourceGraphs.forEach((id, g) -> {
            if (!has(sources, id) && dsg.getGraph(g).contains(s, Node.ANY, Node.ANY)) {
                sources.add(new FacetValue(id, sourceLabels.get(id)));
            }
        });
        return new IndexedEntity(
                s.getURI(),
                d.kind(),
                List.copyOf(doc.titles),
                List.copyOf(doc.descriptions),
                List.copyOf(doc.context),
                doc.facets);
    }

    /** The document of one entity while its columns are added. */
    private static final class Document {
        final Set<LangText> titles = new LinkedHashSet<>();
        final Set<LangText> descriptions = new LinkedHashSet<>();
        final Set<String> context = new LinkedHashSet<>();
        final Map<Facet, List<FacetValue>> facets = new EnumMap<>(Facet.class);

        Document(Kind kind) {
            for (Facet f : Facet.values()) {
                facets.put(f, new ArrayList<>());
            }
            facets.get(Facet.KIND).add(new FacetValue(kind.id(), Map.of("en", kind.label())));
        }

        Set<LangText> texts(Field field) {
            return field == Field.TITLE ? titles : descriptions;
        }

        void facet(Facet f, FacetValue v) {
            if (!has(facets.get(f), v.value())) {
                facets.get(f).add(v);
            }
        }

        String name(Node s) {
            return titles.stream()
                    .filter(t -> t.lang().startsWith("en"))
                    .map(LangText::text)
                    .findFirst()
                    .orElse(
                            titles.isEmpty()
                                    ? TermValues.key(s)
                                    : titles.iterator().next().text());
        }
    }

    private void add(Document doc, Column c, Set<Node> terms, Node s) {
        if (c.field() != null) {
            terms.forEach(t -> addText(doc, c, t));
            return;
        }
        Facet facet = c.facetOrNull();
        for (Node t : terms) {
            addFacet(doc, c, facet, t);
        }
        if (c.hook() == Hook.YEAR) {
            doc.facets.get(facet).sort(Comparator.comparing(FacetValue::value));
        }
    }

    private void addText(Document doc, Column c, Node t) {
        if (c.hook() == null) {
            if (t.isLiteral() && c.field() == Field.CONTEXT) {
                doc.context.add(t.getLiteralLexicalForm());
            } else if (t.isLiteral() && !t.getLiteralLexicalForm().isBlank()) {
                doc.texts(c.field()).add(new LangText(t.getLiteralLanguage(), t.getLiteralLexicalForm()));
            }
            return;
        }
        switch (c.hook()) {
            case NAMES -> doc.context.addAll(values.names(t).values());
            case ACRONYMS -> doc.context.addAll(TermValues.acronyms(t));
            case FIGURES -> doc.texts(c.field()).addAll(values.figures(t, doc.name(t)));
            default ->
                throw new IllegalStateException(
                        "Search index definition " + c.column() + ": hook " + c.hook() + " makes facet values");
        }
    }

    private void addFacet(Document doc, Column c, Facet facet, Node t) {
        Map<String, String> labels = Map.of();
        if (c.hook() == null || c.hook() == Hook.YEAR || c.hook() == Hook.SOURCE || c.hook() == Hook.YESNO) {
            Optional<FacetValue> v = plainFacetValue(c, t);
            v.ifPresent(x -> doc.facet(facet, x));
        } else if (c.hook() == Hook.COUNTRY) {
            Optional<TermValues.CountryInfo> info = values.country(t);
            if (info.isEmpty()) {
                return;
            }
            doc.facet(Facet.COUNTRY, info.get().country());
            info.get().region().forEach(v -> doc.facet(Facet.REGION, v));
            info.get().income().forEach(v -> doc.facet(Facet.INCOME, v));
            labels = info.get().names();
        } else if (t.isURI() && (c.hook() == Hook.KEY || c.hook() == Hook.CODE)) {
            labels = values.names(t);
            doc.facet(facet, new FacetValue(c.hook() == Hook.KEY ? TermValues.key(t) : values.code(t), labels));
        } else if (!t.isURI()) {
            return;
        } else {
            throw new IllegalStateException(
                    "Search index definition " + c.column() + ": hook " + c.hook() + " makes texts");
        }
        if (c.context()) {
            doc.context.addAll(labels.values());
        }
    }

    private Optional<FacetValue> plainFacetValue(Column c, Node t) {
        if (c.hook() == Hook.YEAR) {
            return TermValues.year(t).map(y -> new FacetValue(y, Map.of()));
        }
        if (!t.isLiteral()) {
            return Optional.empty();
        }
        String v = t.getLiteralLexicalForm().trim();
        if (c.hook() == Hook.SOURCE) {
            return sourceGraphs.containsKey(v) ? Optional.of(new FacetValue(v, sourceLabels.get(v))) : Optional.empty();
        }
        if (c.hook() == Hook.YESNO) {
            String yesNo = Boolean.parseBoolean(v) ? "yes" : "no";
            return Optional.of(new FacetValue(yesNo, c.labels().getOrDefault(yesNo, Map.of())));
        }
        return v.isEmpty() ? Optional.empty() : Optional.of(new FacetValue(v, Map.of()));
    }

    private static boolean has(List<FacetValue> values, String value) {
        return values.stream().anyMatch(v -> v.value().equals(value));
    }
}

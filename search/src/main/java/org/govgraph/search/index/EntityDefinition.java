package org.govgraph.search.index;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryException;
import org.apache.jena.sparql.core.Var;
import org.govgraph.model.Iris;
import org.govgraph.model.vocab.Prefixes;
import org.govgraph.search.Facet;
import org.govgraph.search.Kind;

/**
 * What the index holds of one kind of entity, as data: a SPARQL SELECT over the union graph
 * ({@code <kind>.rq} beside this class) that binds {@code ?entity} and, in each row, the value
 * of one or more columns, and a map ({@code <kind>.yaml}) that sends each column to a field or a
 * facet. As jena-text's {@code EntityDefinition} maps fields to predicates, this maps query
 * columns to the document; what a plain property cannot say (a country's figures as a text, an
 * organisation's acronyms, an organisation's key and labels) is a named {@link Hook}.
 *
 * @param kind    the kind of entity the query finds
 * @param query   the query, with the prefixes of {@link Prefixes} and {@code $countryBase} bound
 * @param columns the columns in document order: their values are added to fields and facets in this order
 */
public record EntityDefinition(Kind kind, Query query, List<Column> columns) {
    /** The variable of the entity's IRI, in every query. */
    public static final Var ENTITY = Var.alloc("entity");

    private static final ObjectMapper YAML = JsonMapper.builder(new YAMLFactory())
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .build();

    /** The text fields of a document. */
    public enum Field {
        TITLE,
        DESCRIPTION,
        /** Names of related entities, searchable at a low weight. */
        CONTEXT
    }

    /** The named ways of turning a column's RDF term into document values, where a plain literal is not enough. */
    public enum Hook {
        /** A resource's key (its IRI's last segment) as facet value, labelled with its names. */
        KEY,
        /** A code-list concept: its {@code skos:notation} (else key) as facet value, labelled with its SKOS labels. */
        CODE,
        /** A country: its code, region and income group as facet values, labelled with its names. */
        COUNTRY,
        /** A boolean as {@code yes}/{@code no}, labelled by the column's {@code labels}. */
        YESNO,
        /** The year an observation's period names. */
        YEAR,
        /** A source id, labelled with its data set's title; ids of no source graph are dropped. */
        SOURCE,
        /** A resource's names, as context. */
        NAMES,
        /** A key of letters ({@code cra-arc}) as the acronyms it joins. */
        ACRONYMS,
        /** A country's figures of each survey measure, as one English text per measure. */
        FIGURES
    }

    /**
     * One column of a kind's query and where its values go.
     *
     * @param column  the query variable, without {@code ?}
     * @param field   the text field its values go to, or null for a facet column
     * @param facet   the facet id its values go to, or null for a text column
     * @param hook    how its term becomes values, or null for a literal as it is
     * @param context whether a facet column's labels are also context
     * @param labels  labels of the values a {@link Hook#YESNO} column makes: value, then language, then label
     */
    public record Column(
            String column,
            Field field,
            String facet,
            Hook hook,
            boolean context,
            Map<String, Map<String, String>> labels) {
        public Column {
            labels = labels == null ? Map.of() : labels;
        }

        public Var var() {
            return Var.alloc(column);
        }

        /** The facet this column fills, or null for a text column. */
        public Facet facetOrNull() {
            return facet == null ? null : Facet.byName(facet).orElseThrow();
        }
    }

    /** The map file as written. */
    private record MapFile(
            @JsonProperty(required = true) String kind,
            @JsonProperty(required = true) List<Column> columns) {}

    /** Every kind's definition, in indexing order: an entity found by an earlier kind is not indexed again. */
    public static List<EntityDefinition> all(Iris iris) {
        return Arrays.stream(Kind.values()).map(k -> load(k, iris)).toList();
    }

    /** The definition of {@code kind} from its two resources; a mistake in them fails here, naming the file. */
    static EntityDefinition load(Kind kind, Iris iris) {
        String map = kind.id() + ".yaml";
        String rq = kind.id() + ".rq";
        MapFile file;
        try (InputStream in = resource(map)) {
            file = YAML.readValue(in, MapFile.class);
        } catch (IOException e) {
            throw new IllegalStateException("Search index definition " + map + ": " + e.getMessage(), e);
        }
        if (!file.kind().equals(kind.id())) {
            throw new IllegalStateException("Search index definition " + map + " says kind " + file.kind());
        }
        Query query;
        try (InputStream in = resource(rq)) {
            ParameterizedSparqlString pss = new ParameterizedSparqlString(
                    Prefixes.sparqlPrologue() + new String(in.readAllBytes(), StandardCharsets.UTF_8));
            pss.setLiteral("countryBase", iris.base() + "id/country/");
            query = pss.asQuery();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (QueryException e) {
            throw new IllegalStateException("Search index query " + rq + ": " + e.getMessage(), e);
        }
        check(map, rq, file.columns(), query);
        return new EntityDefinition(kind, query, List.copyOf(file.columns()));
    }

    /** Every column is a variable of the query and goes to exactly one place, and every variable is a column. */
    private static void check(String map, String rq, List<Column> columns, Query query) {
        Set<String> projected = query.getProjectVars().stream()
                .map(Var::getVarName)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        if (!projected.remove(ENTITY.getVarName())) {
            throw new IllegalStateException("Search index query " + rq + " does not select ?entity");
        }
        for (Column c : columns) {
            if (!projected.remove(c.column())) {
                throw new IllegalStateException(
                        "Search index definition " + map + ": column " + c.column() + " is not selected by " + rq);
            }
            if ((c.field() == null) == (c.facet() == null)) {
                throw new IllegalStateException(
                        "Search index definition " + map + ": column " + c.column() + " needs one of field or facet");
            }
            if (c.facet() != null && Facet.byName(c.facet()).isEmpty()) {
                throw new IllegalStateException(
                        "Search index definition " + map + ": column " + c.column() + " has no facet " + c.facet());
            }
        }
        if (!projected.isEmpty()) {
            throw new IllegalStateException(
                    "Search index query " + rq + " selects " + projected + ", which " + map + " does not map");
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = EntityDefinition.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException("no resource " + name + " beside " + EntityDefinition.class.getName());
        }
        return in;
    }
}

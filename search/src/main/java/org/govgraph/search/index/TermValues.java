package org.govgraph.search.index;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.govgraph.model.vocab.GG;
import org.govgraph.model.vocab.QB;
import org.govgraph.model.vocab.SdmxDimension;
import org.govgraph.search.index.IndexedEntity.FacetValue;
import org.govgraph.search.index.IndexedEntity.LangText;

/**
 * The hooks of {@link EntityDefinition.Hook}: what a term of a query row means to the index
 * beyond its literal, read from the union graph (labels of code lists and organisations come
 * from the ontology graph and the sources alike), each looked up once per index build.
 */
final class TermValues {
    private static final Pattern ACRONYMS = Pattern.compile("\\p{L}{2,}(-\\p{L}{2,})*");
    private static final Pattern YEAR = Pattern.compile("(1[89]\\d\\d|2\\d\\d\\d)");
    private static final Node TYPE = RDF.type.asNode();

    private final Graph union;
    private final Map<Node, Map<String, String>> names = new HashMap<>();
    private final Map<Node, Optional<CountryInfo>> countries = new HashMap<>();
    private final Map<Node, Boolean> measures = new HashMap<>();

    /** What services, organisations and the other kinds take from a country they belong to. */
    record CountryInfo(
            FacetValue country, List<FacetValue> region, List<FacetValue> income, Map<String, String> names) {}

    TermValues(Graph union) {
        this.union = union;
    }

    /** The best name per language of a node: skos:prefLabel, rdfs:label or dct:title, else its key. */
    Map<String, String> names(Node n) {
        return names.computeIfAbsent(n, this::readNames);
    }

    private Map<String, String> readNames(Node n) {
        for (Node p : List.of(SKOS.prefLabel.asNode(), RDFS.label.asNode(), DCTerms.title.asNode())) {
            Map<String, String> labels = langLabels(n, p);
            if (!labels.isEmpty()) {
                return labels;
            }
        }
        return n.isURI() ? Map.of("", key(n)) : Map.of();
    }

    /** The first literal per language of {@code p} on {@code n}. */
    Map<String, String> langLabels(Node n, Node p) {
        Map<String, String> labels = new LinkedHashMap<>();
        union.find(n, p, Node.ANY).forEachRemaining(t -> {
            if (t.getObject().isLiteral()) {
                labels.putIfAbsent(
                        t.getObject().getLiteralLanguage(), t.getObject().getLiteralLexicalForm());
            }
        });
        return labels;
    }

    /** A code-list concept's code: its notation, else its key. */
    String code(Node c) {
        return firstLiteral(c, SKOS.notation.asNode()).orElse(key(c));
    }

    private Optional<String> firstLiteral(Node s, Node p) {
        var it = union.find(s, p, Node.ANY);
        try {
            while (it.hasNext()) {
                Node o = it.next().getObject();
                if (o.isLiteral()) {
                    return Optional.of(o.getLiteralLexicalForm());
                }
            }
            return Optional.empty();
        } finally {
            it.close();
        }
    }

    /** The facet values and names of a country, empty for a term that is no IRI. */
    Optional<CountryInfo> country(Node c) {
        return countries.computeIfAbsent(c, this::readCountry);
    }

    private Optional<CountryInfo> readCountry(Node c) {
        if (!c.isURI()) {
            return Optional.empty();
        }
        String code = code(c);
        Map<String, String> names = names(c);
        if (names.keySet().equals(Set.of("")) && names.get("").equals(key(c))) {
            // A country the store does not describe (yet): name it from the JDK's ISO tables.
            names = jdkCountryNames(code);
        }
        return Optional.of(new CountryInfo(
                new FacetValue(code, names),
                literalValues(c, GG.region.asNode()),
                literalValues(c, GG.incomeGroup.asNode()),
                names));
    }

    private List<FacetValue> literalValues(Node s, Node p) {
        List<FacetValue> out = new ArrayList<>();
        union.find(s, p, Node.ANY).forEachRemaining(t -> {
            if (t.getObject().isLiteral()) {
                String v = t.getObject().getLiteralLexicalForm().trim();
                if (!v.isEmpty() && out.stream().noneMatch(x -> x.value().equals(v))) {
                    out.add(new FacetValue(v, Map.of()));
                }
            }
        });
        return out;
    }

    private static Map<String, String> jdkCountryNames(String iso3) {
        for (String a2 : Locale.getISOCountries()) {
            Locale l = new Locale("", a2);
            try {
                if (l.getISO3Country().equals(iso3)) {
                    return Map.of(
                            "en",
                            l.getDisplayCountry(Locale.ENGLISH),
                            "fr",
                            l.getDisplayCountry(Locale.FRENCH),
                            "pt",
                            l.getDisplayCountry(Locale.forLanguageTag("pt")));
                }
            } catch (MissingResourceException e) {
                // No alpha-3 code for this entry: not the one we look for.
            }
        }
        return Map.of("", iso3);
    }

    /** The year a period names ({@code 2022}, {@code "2022-06-30"}, {@code .../period/2022}), if any. */
    static Optional<String> year(Node period) {
        String text = period.isLiteral()
                ? period.getLiteralLexicalForm()
                : period.isURI() ? period.getURI().substring(period.getURI().lastIndexOf('/') + 1) : "";
        Matcher m = YEAR.matcher(text);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The acronyms a key of letters joins ({@code cra-arc}: cra, arc), none for another key. */
    static List<String> acronyms(Node n) {
        String key = n.isURI() ? key(n) : "";
        return ACRONYMS.matcher(key).matches() ? List.of(key.split("-")) : List.of();
    }

    /**
     * A country's figures of each survey measure, in words a journalist searches with: the
     * measure's label and definition from the ontology ("EGDI", "E-Government Development
     * Index of the UN E-Government Survey ..."), and its value per survey year.
     */
    List<LangText> figures(Node country, String name) {
        // Measure -> survey year -> value, of the observations of this country.
        Map<Node, Map<String, String>> figures = new LinkedHashMap<>();
        union.find(Node.ANY, SdmxDimension.refArea.asNode(), country).forEachRemaining(t -> {
            Set<String> obsYears = new TreeSet<>();
            for (Node p : List.of(SdmxDimension.refPeriod.asNode(), DCTerms.date.asNode())) {
                union.find(t.getSubject(), p, Node.ANY)
                        .forEachRemaining(y -> year(y.getObject()).ifPresent(obsYears::add));
            }
            union.find(t.getSubject(), Node.ANY, Node.ANY).forEachRemaining(m -> {
                if (m.getObject().isLiteral() && !obsYears.isEmpty() && isMeasure(m.getPredicate())) {
                    figures.computeIfAbsent(m.getPredicate(), k -> new TreeMap<>())
                            .put(obsYears.iterator().next(), m.getObject().getLiteralLexicalForm());
                }
            });
        });
        List<LangText> out = new ArrayList<>();
        figures.forEach((measure, byYear) -> out.add(figuresText(name, measure, byYear)));
        return out;
    }

    private boolean isMeasure(Node p) {
        return measures.computeIfAbsent(p, k -> union.contains(k, TYPE, QB.MeasureProperty.asNode()));
    }

    private LangText figuresText(String country, Node measure, Map<String, String> byYear) {
        String label = names(measure).getOrDefault("en", key(measure));
        String definition = langLabels(measure, RDFS.comment.asNode()).getOrDefault("en", "");
        StringBuilder b =
                new StringBuilder(label).append(" of ").append(country).append(" by survey year: ");
        byYear.forEach((year, value) -> b.append(year).append(' ').append(value).append(", "));
        b.setLength(b.length() - 2);
        b.append('.');
        if (!definition.isEmpty()) {
            b.append(' ').append(definition);
        }
        return new LangText("en", b.toString());
    }

    /** The last path segment of an IRI, percent-decoded: an organisation's or code's key. */
    static String key(Node n) {
        String iri = n.getURI();
        String last = iri.substring(Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1);
        return URLDecoder.decode(last, StandardCharsets.UTF_8);
    }
}

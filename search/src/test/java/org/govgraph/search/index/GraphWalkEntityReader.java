package org.govgraph.search.index;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.govgraph.model.Iris;
import org.govgraph.model.vocab.CPSV;
import org.govgraph.model.vocab.CV;
import org.govgraph.model.vocab.DCAT3;
import org.govgraph.model.vocab.GG;
import org.govgraph.model.vocab.ORG;
import org.govgraph.model.vocab.QB;
import org.govgraph.model.vocab.SdmxDimension;
import org.govgraph.search.Facet;
import org.govgraph.search.Kind;
import org.govgraph.search.index.IndexedEntity.FacetValue;
import org.govgraph.search.index.IndexedEntity.LangText;

/**
 * Reads the entities to index out of a store's union graph: public services, organisations,
 * countries, data sets (DCAT series and Data Cube data sets) and indicators, each with its
 * texts and facet values. Must be called inside a read transaction.
 *
 * <p>A service's country is the {@code dct:spatial} of it or of its organisation, which the
 * ingest writes from the source's jurisdiction; an indicator's, the reference areas of its
 * observations. Nothing is read from the shape of an IRI: {@code id/org/uk/...} says nothing
 * of a country.
 */
public final class GraphWalkEntityReader {
    private static final Pattern ACRONYMS = Pattern.compile("\\p{L}{2,}(-\\p{L}{2,})*");
    private static final Pattern YEAR = Pattern.compile("(1[89]\\d\\d|2\\d\\d\\d)");
    private static final Node TYPE = RDF.type.asNode();

    private final DatasetGraph dsg;
    private final Graph union;
    private final Iris iris;
    /** Source id -> its graph. */
    private final Map<String, Node> sourceGraphs = new LinkedHashMap<>();

    private final Map<String, Map<String, String>> sourceLabels = new HashMap<>();
    private final Map<Node, CountryInfo> countryInfo = new HashMap<>();

    /** What services and organisations inherit from their country. */
    private record CountryInfo(
            FacetValue country, List<FacetValue> region, List<FacetValue> income, Map<String, String> names) {}

    public GraphWalkEntityReader(DatasetGraph dsg, Iris iris) {
        this.dsg = dsg;
        this.union = dsg.getUnionGraph();
        this.iris = iris;
        for (var it = dsg.listGraphNodes(); it.hasNext(); ) {
            Node g = it.next();
            Optional<String> source = iris.sourceOf(g);
            if (source.isPresent()) {
                String id = source.get();
                sourceGraphs.put(id, g);
                Map<String, String> labels = langLabels(iris.dataset(id), DCTerms.title.asNode());
                sourceLabels.put(id, labels.isEmpty() ? Map.of("", id) : labels);
            }
        }
    }

    /** Calls {@code sink} once per entity to index. */
    public void forEach(Consumer<IndexedEntity> sink) {
        Set<Node> done = new LinkedHashSet<>();
        each(CPSV.PublicService.asNode(), s -> sink.accept(service(s)), done);
        for (Node t : List.of(
                CV.PublicOrganisation.asNode(),
                ORG.Organization.asNode(),
                ORG.FormalOrganization.asNode(),
                ORG.OrganizationalUnit.asNode())) {
            each(t, o -> sink.accept(organisation(o)), done);
        }
        for (Node c : countries()) {
            if (done.add(c)) {
                sink.accept(country(c));
            }
        }
        for (Node t : List.of(DCAT3.DatasetSeries.asNode(), QB.DataSet.asNode())) {
            // A part of a data set (the survey's observations that lack some measures) is found as the whole.
            each(
                    t,
                    d -> {
                        if (!isPartOfDataSet(d)) {
                            sink.accept(dataset(d));
                        }
                    },
                    done);
        }
        each(GG.Indicator.asNode(), i -> sink.accept(indicator(i)), done);
    }

    private void each(Node type, Consumer<Node> action, Set<Node> done) {
        union.find(Node.ANY, TYPE, type).forEachRemaining(t -> {
            Node s = t.getSubject();
            if (s.isURI() && done.add(s)) {
                action.accept(s);
            }
        });
    }

    // --- one method per kind --------------------------------------------------------------

    private IndexedEntity service(Node s) {
        Map<Facet, List<FacetValue>> facets = facets(Kind.SERVICE);
        List<String> context = new ArrayList<>();
        for (Node id : objects(s, DCTerms.identifier.asNode())) {
            if (id.isLiteral()) {
                context.add(id.getLiteralLexicalForm());
            }
        }
        List<Node> orgs = objects(s, CV.hasCompetentAuthority.asNode());
        for (Node org : orgs) {
            Map<String, String> names = names(org);
            facets.get(Facet.ORG).add(new FacetValue(key(org), names));
            context.addAll(new LinkedHashSet<>(names.values()));
        }
        Set<Node> countries = new LinkedHashSet<>(objects(s, DCTerms.spatial.asNode()));
        for (Node org : orgs) {
            countries.addAll(objects(org, DCTerms.spatial.asNode()));
        }
        addCountries(countries, facets, context);
        for (Node online : objects(s, GG.endToEndOnline.asNode())) {
            if (online.isLiteral()) {
                boolean yes =
                        Boolean.parseBoolean(online.getLiteralLexicalForm().trim());
                facets.get(Facet.ONLINE)
                        .add(new FacetValue(
                                yes ? "yes" : "no",
                                Map.of(
                                        "en",
                                        yes ? "End-to-end online" : "Not end-to-end online",
                                        "fr",
                                        yes ? "Entièrement en ligne" : "Pas entièrement en ligne",
                                        "pt",
                                        yes ? "Totalmente digital" : "Não totalmente digital")));
            }
        }
        concepts(s, DCTerms.type.asNode(), facets.get(Facet.TYPE), context);
        concepts(s, CV.hasChannel.asNode(), facets.get(Facet.CHANNEL), context);
        // Other names (a charter's popular names) are what people search with: matched as titles,
        // after the title, which stays the one shown; keywords are matched as description.
        return entity(
                s,
                Kind.SERVICE,
                texts(
                        s,
                        DCTerms.title.asNode(),
                        SKOS.prefLabel.asNode(),
                        RDFS.label.asNode(),
                        DCTerms.alternative.asNode()),
                texts(s, DCTerms.description.asNode(), DCAT3.keyword.asNode()),
                context,
                facets);
    }

    private IndexedEntity organisation(Node o) {
        Map<Facet, List<FacetValue>> facets = facets(Kind.ORGANISATION);
        List<String> context = new ArrayList<>();
        for (Node parent : objects(o, ORG.subOrganizationOf.asNode())) {
            context.addAll(new LinkedHashSet<>(names(parent).values()));
        }
        Set<Node> countries = new LinkedHashSet<>(objects(o, DCTerms.spatial.asNode()));
        addCountries(countries, facets, context);
        // A key of letters ("cra-arc", "dfo-mpo") is the organisation's acronyms, one per official language.
        if (ACRONYMS.matcher(key(o)).matches()) {
            context.addAll(List.of(key(o).split("-")));
        }
        return entity(
                o,
                Kind.ORGANISATION,
                texts(o, SKOS.prefLabel.asNode(), DCTerms.title.asNode(), RDFS.label.asNode(), SKOS.altLabel.asNode()),
                texts(o, DCTerms.description.asNode()),
                context,
                facets);
    }

    private IndexedEntity country(Node c) {
        Map<Facet, List<FacetValue>> facets = facets(Kind.COUNTRY);
        List<String> context = new ArrayList<>();
        addCountries(List.of(c), facets, context);
        context.clear();
        for (Node p : List.of(
                GG.region.asNode(),
                GG.subRegion.asNode(),
                GG.incomeGroup.asNode(),
                GG.developmentStatus.asNode(),
                SKOS.notation.asNode())) {
            objects(c, p).stream().filter(Node::isLiteral).forEach(l -> context.add(l.getLiteralLexicalForm()));
        }
        Set<String> years = new TreeSet<>();
        // Measure -> survey year -> value, of the observations of this country.
        Map<Node, Map<String, String>> figures = new LinkedHashMap<>();
        union.find(Node.ANY, SdmxDimension.refArea.asNode(), c).forEachRemaining(t -> {
            Set<String> obsYears = years(t.getSubject());
            years.addAll(obsYears);
            union.find(t.getSubject(), Node.ANY, Node.ANY).forEachRemaining(m -> {
                if (m.getObject().isLiteral() && !obsYears.isEmpty() && isMeasure(m.getPredicate())) {
                    figures.computeIfAbsent(m.getPredicate(), k -> new TreeMap<>())
                            .put(obsYears.iterator().next(), m.getObject().getLiteralLexicalForm());
                }
            });
        });
        years.forEach(y -> facets.get(Facet.YEAR).add(new FacetValue(y, Map.of())));
        List<LangText> titles = texts(c, SKOS.prefLabel.asNode(), RDFS.label.asNode(), DCTerms.title.asNode());
        List<LangText> descriptions = texts(c, GG.officialName.asNode(), DCTerms.description.asNode());
        String name = titles.stream()
                .filter(t -> t.lang().startsWith("en"))
                .map(LangText::text)
                .findFirst()
                .orElse(titles.isEmpty() ? key(c) : titles.get(0).text());
        figures.forEach((measure, byYear) -> descriptions.add(figuresText(name, measure, byYear)));
        return entity(c, Kind.COUNTRY, titles, descriptions, context, facets);
    }

    private final Map<Node, Boolean> measures = new HashMap<>();

    private boolean isMeasure(Node p) {
        return measures.computeIfAbsent(p, k -> union.contains(k, TYPE, QB.MeasureProperty.asNode()));
    }

    /**
     * A country's figures of one survey measure, in words a journalist searches with: the
     * measure's label and definition from the ontology ("EGDI", "E-Government Development
     * Index of the UN E-Government Survey ..."), and its value per survey year.
     */
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

    private boolean isPartOfDataSet(Node d) {
        for (Node whole : objects(d, DCTerms.isPartOf.asNode())) {
            if (union.contains(whole, TYPE, QB.DataSet.asNode())) {
                return true;
            }
        }
        return false;
    }

    /** A data set with the survey years of its observations and of its parts' observations. */
    private IndexedEntity dataset(Node d) {
        Map<Facet, List<FacetValue>> facets = facets(Kind.DATASET);
        Set<String> years = new TreeSet<>();
        List<Node> dataSets = new ArrayList<>(List.of(d));
        union.find(Node.ANY, DCTerms.isPartOf.asNode(), d).forEachRemaining(t -> dataSets.add(t.getSubject()));
        for (Node set : dataSets) {
            union.find(Node.ANY, QB.dataSet.asNode(), set).forEachRemaining(t -> years.addAll(years(t.getSubject())));
        }
        years.forEach(y -> facets.get(Facet.YEAR).add(new FacetValue(y, Map.of())));
        List<String> context = new ArrayList<>();
        addCountries(objects(d, DCTerms.spatial.asNode()), facets, context);
        // A DCAT series names its source; a Data Cube data set belongs to the source whose graph holds it.
        for (Node id : objects(d, GG.sourceId.asNode())) {
            String sid = id.getLiteralLexicalForm();
            if (sourceGraphs.containsKey(sid)) {
                facets.get(Facet.SOURCE).add(new FacetValue(sid, sourceLabels.get(sid)));
            }
        }
        return entity(
                d,
                Kind.DATASET,
                texts(d, DCTerms.title.asNode(), RDFS.label.asNode(), SKOS.prefLabel.asNode()),
                texts(d, DCTerms.description.asNode(), RDFS.comment.asNode()),
                context,
                facets);
    }

    private IndexedEntity indicator(Node i) {
        Map<Facet, List<FacetValue>> facets = facets(Kind.INDICATOR);
        List<String> context = new ArrayList<>();
        Set<Node> areas = new LinkedHashSet<>();
        Set<String> years = new TreeSet<>();
        union.find(Node.ANY, GG.indicator.asNode(), i).forEachRemaining(t -> {
            areas.addAll(objects(t.getSubject(), SdmxDimension.refArea.asNode()));
            years.addAll(years(t.getSubject()));
        });
        addCountries(areas, facets, context);
        years.forEach(y -> facets.get(Facet.YEAR).add(new FacetValue(y, Map.of())));
        return entity(
                i,
                Kind.INDICATOR,
                texts(i, SKOS.prefLabel.asNode(), RDFS.label.asNode(), DCTerms.title.asNode()),
                texts(i, SKOS.definition.asNode(), DCTerms.description.asNode(), RDFS.comment.asNode()),
                context,
                facets);
    }

    // --- helpers ---------------------------------------------------------------------------

    private static Map<Facet, List<FacetValue>> facets(Kind kind) {
        Map<Facet, List<FacetValue>> facets = new EnumMap<>(Facet.class);
        for (Facet f : Facet.values()) {
            facets.put(f, new ArrayList<>());
        }
        facets.get(Facet.KIND).add(new FacetValue(kind.id(), Map.of("en", kind.label())));
        return facets;
    }

    private IndexedEntity entity(
            Node s,
            Kind kind,
            List<LangText> titles,
            List<LangText> descriptions,
            List<String> context,
            Map<Facet, List<FacetValue>> facets) {
        List<FacetValue> sources = facets.get(Facet.SOURCE);
        for (Map.Entry<String, Node> e : sourceGraphs.entrySet()) {
            boolean present = sources.stream().anyMatch(v -> v.value().equals(e.getKey()));
            if (!present && dsg.getGraph(e.getValue()).contains(s, Node.ANY, Node.ANY)) {
                sources.add(new FacetValue(e.getKey(), sourceLabels.get(e.getKey())));
            }
        }
        return new IndexedEntity(
                s.getURI(), kind, titles, descriptions, List.copyOf(new LinkedHashSet<>(context)), facets);
    }

    /** Adds country, region and income group of each country, and the country names to the context. */
    private void addCountries(Iterable<Node> countries, Map<Facet, List<FacetValue>> facets, List<String> context) {
        for (Node c : countries) {
            CountryInfo info = countryInfo.computeIfAbsent(c, this::readCountry);
            if (info == null) {
                continue;
            }
            add(facets.get(Facet.COUNTRY), info.country());
            info.region().forEach(v -> add(facets.get(Facet.REGION), v));
            info.income().forEach(v -> add(facets.get(Facet.INCOME), v));
            context.addAll(new LinkedHashSet<>(info.names().values()));
        }
    }

    private static void add(List<FacetValue> values, FacetValue v) {
        if (values.stream().noneMatch(x -> x.value().equals(v.value()))) {
            values.add(v);
        }
    }

    private CountryInfo readCountry(Node c) {
        if (!c.isURI()) {
            return null;
        }
        String code = objects(c, SKOS.notation.asNode()).stream()
                .filter(Node::isLiteral)
                .map(Node::getLiteralLexicalForm)
                .findFirst()
                .orElse(key(c));
        Map<String, String> names = names(c);
        if (names.isEmpty()
                || names.keySet().equals(Set.of("")) && names.get("").equals(key(c))) {
            // A country the store does not describe (yet): name it from the JDK's ISO tables.
            names = jdkCountryNames(code);
        }
        List<FacetValue> region = literalValues(c, GG.region.asNode());
        List<FacetValue> income = literalValues(c, GG.incomeGroup.asNode());
        return new CountryInfo(new FacetValue(code, names), region, income, names);
    }

    private List<FacetValue> literalValues(Node s, Node p) {
        List<FacetValue> out = new ArrayList<>();
        for (Node o : objects(s, p)) {
            if (o.isLiteral()) {
                String v = o.getLiteralLexicalForm().trim();
                if (!v.isEmpty()) {
                    out.add(new FacetValue(v, Map.of()));
                }
            }
        }
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

    /** Code-list concepts: the notation (else the IRI's last segment) with the concept's labels. */
    private void concepts(Node s, Node p, List<FacetValue> out, List<String> context) {
        for (Node c : objects(s, p)) {
            if (!c.isURI()) {
                continue;
            }
            String code = objects(c, SKOS.notation.asNode()).stream()
                    .filter(Node::isLiteral)
                    .map(Node::getLiteralLexicalForm)
                    .findFirst()
                    .orElse(key(c));
            Map<String, String> labels = names(c);
            add(out, new FacetValue(code, labels));
            context.addAll(new LinkedHashSet<>(labels.values()));
        }
    }

    /** The best name per language of a node: skos:prefLabel, rdfs:label or dct:title, else its key. */
    private Map<String, String> names(Node n) {
        for (Node p : List.of(SKOS.prefLabel.asNode(), RDFS.label.asNode(), DCTerms.title.asNode())) {
            Map<String, String> labels = langLabels(n, p);
            if (!labels.isEmpty()) {
                return labels;
            }
        }
        return n.isURI() ? Map.of("", key(n)) : Map.of();
    }

    private Map<String, String> langLabels(Node n, Node p) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (Node o : objects(n, p)) {
            if (o.isLiteral()) {
                labels.putIfAbsent(o.getLiteralLanguage(), o.getLiteralLexicalForm());
            }
        }
        return labels;
    }

    private List<LangText> texts(Node s, Node... properties) {
        List<LangText> out = new ArrayList<>();
        for (Node p : properties) {
            for (Node o : objects(s, p)) {
                if (o.isLiteral() && !o.getLiteralLexicalForm().isBlank()) {
                    LangText t = new LangText(o.getLiteralLanguage(), o.getLiteralLexicalForm());
                    if (!out.contains(t)) {
                        out.add(t);
                    }
                }
            }
        }
        return out;
    }

    /** Years named by an observation's period ({@code sdmx-dimension:refPeriod}, {@code dct:date}). */
    private Set<String> years(Node obs) {
        Set<String> out = new TreeSet<>();
        for (Node p : List.of(SdmxDimension.refPeriod.asNode(), DCTerms.date.asNode())) {
            for (Node o : objects(obs, p)) {
                String text = o.isLiteral() ? o.getLiteralLexicalForm() : o.isURI() ? o.getURI() : "";
                Matcher m = YEAR.matcher(o.isURI() ? text.substring(text.lastIndexOf('/') + 1) : text);
                if (m.find()) {
                    out.add(m.group(1));
                }
            }
        }
        return out;
    }

    /** Countries: typed dct:Location, or the areas of observations, or anything with a region or income group. */
    private Set<Node> countries() {
        Set<Node> out = new LinkedHashSet<>();
        union.find(Node.ANY, TYPE, DCTerms.Location.asNode()).forEachRemaining(t -> out.add(t.getSubject()));
        String countryPrefix = iris.base() + "id/country/";
        for (Node p : List.of(GG.region.asNode(), GG.incomeGroup.asNode())) {
            union.find(Node.ANY, p, Node.ANY).forEachRemaining(t -> out.add(t.getSubject()));
        }
        union.find(Node.ANY, SdmxDimension.refArea.asNode(), Node.ANY).forEachRemaining(t -> out.add(t.getObject()));
        out.removeIf(n -> !n.isURI() || !n.getURI().startsWith(countryPrefix));
        return out;
    }

    private List<Node> objects(Node s, Node p) {
        List<Node> out = new ArrayList<>();
        union.find(s, p, Node.ANY).forEachRemaining(t -> {
            if (!out.contains(t.getObject())) {
                out.add(t.getObject());
            }
        });
        return out;
    }

    /** The last path segment of an IRI, percent-decoded: an organisation's or code's key. */
    static String key(Node n) {
        String iri = n.getURI();
        String last = iri.substring(Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1);
        return URLDecoder.decode(last, StandardCharsets.UTF_8);
    }
}

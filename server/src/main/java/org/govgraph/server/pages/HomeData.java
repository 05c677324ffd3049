package org.govgraph.server.pages;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.govgraph.model.store.Store;
import org.govgraph.model.vocab.Prefixes;

/**
 * The figures of the home page, read from the store with SPARQL: what each source holds,
 * a country's EGDI and OSI by survey year beside its region's average, and, from the service
 * statistics cube each inventory release carries (so that the page does not count every
 * service on every visit), the share of end-to-end-online services of each inventory and of
 * the Canadian organisations with the most services, and how many Canadian services can do
 * each stage online.
 */
public final class HomeData {
    /** The Canada Service Inventory's source id, whose services carry the end-to-end flag. */
    static final String CANADA_SOURCE = "ca-si";

    /**
     * What one source graph holds.
     *
     * @param sourceId the source, e.g. {@code un-egdi}
     * @param title    the data set's title, when the catalog has one
     * @param release  its latest release id, when recorded
     * @param issued   when that release was issued
     * @param triples  triples in the source graph's latest release
     * @param counts   entities by kind (label to count), only kinds present
     */
    public record SourceSummary(
            String sourceId,
            Optional<String> title,
            Optional<String> release,
            Optional<Instant> issued,
            long triples,
            Map<String, Long> counts) {}

    /** A country that has EGDI observations, for the selector. */
    public record Country(String iso3, String name, Optional<String> region) {}

    /** EGDI and OSI by survey year for a country and for the average of its region (absent years are absent). */
    public record CountryTrend(
            Country country,
            SortedMap<Integer, Double> egdi,
            SortedMap<Integer, Double> osi,
            SortedMap<Integer, Double> regionEgdi,
            SortedMap<Integer, Double> regionOsi) {}

    /** One organisation's services and how many of those whose status is known are end-to-end online. */
    public record OrganisationShare(String iri, String name, long services, long known, long endToEnd) {
        /** The share of end-to-end-online services among those with a known status, or null when none is known. */
        public Double share() {
            return known == 0 ? null : (double) endToEnd / known;
        }
    }

    /** One inventory's services and end-to-end-online services, summed over its cube's observations. */
    public record InventoryShare(String sourceId, long services, long known, long endToEnd) {
        /** The share of end-to-end-online services among those with a known status, or null when none is known. */
        public Double share() {
            return known == 0 ? null : (double) endToEnd / known;
        }
    }

    /** How many services have one stage online, offline or not applicable. */
    public record StageShare(String iri, String name, long online, long offline, long notApplicable) {
        /** The share of services with the stage online among those it applies to, or null when it applies to none. */
        public Double share() {
            return online + offline == 0 ? null : (double) online / (online + offline);
        }
    }

    private static final Map<String, String> KINDS = new LinkedHashMap<>();

    static {
        KINDS.put("cpsv:PublicService", "services");
        KINDS.put("cv:PublicOrganisation", "organisations");
        KINDS.put("gg:ServiceStandard", "service standards");
        KINDS.put("dct:Location", "countries");
        KINDS.put("qb:Observation", "observations");
        KINDS.put("gg:Indicator", "indicators");
    }

    private final Store store;

    public HomeData(Store store) {
        this.store = store;
    }

    /** One summary per source graph, in source id order. */
    public List<SourceSummary> sources() {
        Map<String, SourceSummary> out = new TreeMap<>();
        String catalog = "<" + store.iris().catalogGraph().getURI() + ">";
        select("""
                SELECT ?source ?title ?release ?issued ?triples WHERE {
                  GRAPH %s {
                    ?series a dcat:DatasetSeries ; gg:sourceId ?source .
                    OPTIONAL { ?series dct:title ?title FILTER(lang(?title) = "en" || lang(?title) = "") }
                    OPTIONAL { ?series dcat:last ?r . ?r gg:releaseId ?release ; dct:issued ?issued ; void:triples ?triples }
                  }
                }""".formatted(catalog), s -> {
            String id = s.getLiteral("source").getString();
            out.put(
                    id,
                    new SourceSummary(
                            id,
                            string(s, "title"),
                            string(s, "release"),
                            string(s, "issued").map(Instant::parse),
                            s.contains("triples") ? s.getLiteral("triples").getLong() : 0,
                            new LinkedHashMap<>()));
        });
        StringBuilder values = new StringBuilder();
        KINDS.keySet().forEach(k -> values.append(k).append(' '));
        String prefix = store.iris().sourceGraphPrefix();
        select("""
                SELECT ?g ?type (COUNT(DISTINCT ?s) AS ?n) WHERE {
                  VALUES ?type { %s }
                  GRAPH ?g { ?s a ?type }
                  FILTER(STRSTARTS(STR(?g), "%s"))
                } GROUP BY ?g ?type""".formatted(values, prefix), s -> {
            String id = store.iris().sourceOf(s.getResource("g").asNode()).orElseThrow();
            SourceSummary summary = out.get(id);
            if (summary != null) {
                String kind =
                        Prefixes.standard().shortForm(s.getResource("type").getURI());
                summary.counts()
                        .put(KINDS.getOrDefault(kind, kind), s.getLiteral("n").getLong());
            }
        });
        // keep the kinds in a stable reading order
        List<SourceSummary> ordered = new ArrayList<>();
        for (SourceSummary s : out.values()) {
            Map<String, Long> counts = new LinkedHashMap<>();
            KINDS.values().forEach(k -> {
                if (s.counts().containsKey(k)) {
                    counts.put(k, s.counts().get(k));
                }
            });
            ordered.add(new SourceSummary(s.sourceId(), s.title(), s.release(), s.issued(), s.triples(), counts));
        }
        return ordered;
    }

    /** The countries with at least one EGDI observation, by English name. */
    public List<Country> countries() {
        List<Country> out = new ArrayList<>();
        select(
                """
                SELECT ?iso3 (SAMPLE(?label) AS ?name) (SAMPLE(?r) AS ?region) WHERE {
                  ?c skos:notation ?iso3 ; skos:prefLabel ?label .
                  FILTER(lang(?label) = "en")
                  OPTIONAL { ?c gg:region ?r }
                  FILTER EXISTS { ?o sdmx-dimension:refArea ?c ; gg:egdi ?any }
                } GROUP BY ?iso3 ORDER BY ?name""",
                s -> out.add(new Country(
                        s.getLiteral("iso3").getString(), s.getLiteral("name").getString(), string(s, "region"))));
        return out;
    }

    /** The EGDI and OSI of {@code country} by survey year, with its region's averages. */
    public CountryTrend trend(Country country) {
        SortedMap<Integer, Double> egdi = new TreeMap<>();
        SortedMap<Integer, Double> osi = new TreeMap<>();
        ParameterizedSparqlString own = query("""
                SELECT ?measure ?year ?v WHERE {
                  VALUES ?measure { gg:egdi gg:osi }
                  ?c skos:notation ?iso3 .
                  ?o sdmx-dimension:refArea ?c ; sdmx-dimension:refPeriod ?year ;
                     qb:dataSet/dct:isPartOf?/qb:structure gg:egdiStructure ; ?measure ?v .
                }""");
        own.setLiteral("iso3", country.iso3());
        select(own, s -> (isEgdi(s) ? egdi : osi).put(year(s), s.getLiteral("v").getDouble()));

        SortedMap<Integer, Double> regionEgdi = new TreeMap<>();
        SortedMap<Integer, Double> regionOsi = new TreeMap<>();
        if (country.region().isPresent()) {
            ParameterizedSparqlString region = query("""
                    SELECT ?measure ?year (AVG(?v) AS ?avg) WHERE {
                      VALUES ?measure { gg:egdi gg:osi }
                      ?c gg:region ?region .
                      ?o sdmx-dimension:refArea ?c ; sdmx-dimension:refPeriod ?year ;
                         qb:dataSet/dct:isPartOf?/qb:structure gg:egdiStructure ; ?measure ?v .
                    } GROUP BY ?measure ?year""");
            region.setLiteral("region", country.region().get());
            select(
                    region,
                    s -> (isEgdi(s) ? regionEgdi : regionOsi)
                            .put(year(s), s.getLiteral("avg").getDouble()));
        }
        return new CountryTrend(country, egdi, osi, regionEgdi, regionOsi);
    }

    /** The {@code limit} Canadian organisations with the most services, with their end-to-end-online counts. */
    public List<OrganisationShare> canadianShares(int limit) {
        List<OrganisationShare> out = new ArrayList<>();
        ParameterizedSparqlString q = query("""
                SELECT ?org (SAMPLE(?label) AS ?name) (SUM(?n) AS ?services) (SUM(?k) AS ?known)
                       (SUM(?e) AS ?online) WHERE {
                  GRAPH ?graph { ?o qb:dataSet/qb:structure gg:serviceStatsStructure ; gg:organisation ?org ;
                                    gg:serviceCount ?n ; gg:endToEndKnownCount ?k ; gg:endToEndOnlineCount ?e }
                  OPTIONAL { ?org skos:prefLabel ?label FILTER(lang(?label) = "en") }
                } GROUP BY ?org ORDER BY DESC(?services) ?name LIMIT ?limit""");
        q.setIri("graph", store.iris().sourceGraph(CANADA_SOURCE).getURI());
        q.setLiteral("limit", limit);
        select(
                q,
                s -> out.add(new OrganisationShare(
                        s.getResource("org").getURI(),
                        string(s, "name").orElse(s.getResource("org").getURI()),
                        s.getLiteral("services").getLong(),
                        s.getLiteral("known").getLong(),
                        s.getLiteral("online").getLong())));
        return out;
    }

    /** Each inventory with a service statistics cube: its services and end-to-end-online services, by source id. */
    public List<InventoryShare> inventoryShares() {
        List<InventoryShare> out = new ArrayList<>();
        select(
                """
                SELECT ?g (SUM(?n) AS ?services) (SUM(?k) AS ?known) (SUM(?e) AS ?online) WHERE {
                  GRAPH ?g { ?o qb:dataSet/qb:structure gg:serviceStatsStructure ;
                                gg:serviceCount ?n ; gg:endToEndKnownCount ?k ; gg:endToEndOnlineCount ?e }
                } GROUP BY ?g""",
                s -> store.iris()
                        .sourceOf(s.getResource("g").asNode())
                        .ifPresent(id -> out.add(new InventoryShare(
                                id,
                                s.getLiteral("services").getLong(),
                                s.getLiteral("known").getLong(),
                                s.getLiteral("online").getLong()))));
        out.sort(java.util.Comparator.comparing(InventoryShare::sourceId));
        return out;
    }

    /** The six stages of the Canadian services: how many have each online, offline, not applicable. */
    public List<StageShare> canadianStages() {
        List<StageShare> out = new ArrayList<>();
        ParameterizedSparqlString q = query("""
                SELECT ?stage (SAMPLE(?label) AS ?name) (SUM(?on) AS ?online) (SUM(?off) AS ?offline)
                       (SUM(?na) AS ?notApplicable) WHERE {
                  GRAPH ?graph { ?o qb:dataSet/qb:structure gg:stageStatsStructure ; gg:serviceStage ?stage ;
                                    gg:onlineCount ?on ; gg:offlineCount ?off ; gg:notApplicableCount ?na }
                  OPTIONAL { ?stage skos:prefLabel ?label FILTER(lang(?label) = "en") }
                } GROUP BY ?stage ORDER BY ?stage""");
        q.setIri("graph", store.iris().sourceGraph(CANADA_SOURCE).getURI());
        select(
                q,
                s -> out.add(new StageShare(
                        s.getResource("stage").getURI(),
                        string(s, "name").orElse(s.getResource("stage").getURI()),
                        s.getLiteral("online").getLong(),
                        s.getLiteral("offline").getLong(),
                        s.getLiteral("notApplicable").getLong())));
        return out;
    }

    private static boolean isEgdi(QuerySolution s) {
        return s.getResource("measure").getURI().endsWith("#egdi");
    }

    private static int year(QuerySolution s) {
        // refPeriod is an xsd:gYear such as "2022"
        return Integer.parseInt(s.getLiteral("year").getLexicalForm().substring(0, 4));
    }

    private static Optional<String> string(QuerySolution s, String var) {
        RDFNode n = s.get(var);
        return n == null || !n.isLiteral()
                ? Optional.empty()
                : Optional.of(n.asLiteral().getLexicalForm());
    }

    private static ParameterizedSparqlString query(String body) {
        ParameterizedSparqlString q = new ParameterizedSparqlString(body);
        q.setNsPrefixes(Prefixes.standard());
        return q;
    }

    private void select(String body, Consumer<QuerySolution> each) {
        select(query(body), each);
    }

    private void select(ParameterizedSparqlString q, Consumer<QuerySolution> each) {
        store.read(() -> {
            try (QueryExecution qe =
                    QueryExecution.dataset(store.dataset()).query(q.asQuery()).build()) {
                qe.execSelect().forEachRemaining(each);
            }
            return null;
        });
    }
}

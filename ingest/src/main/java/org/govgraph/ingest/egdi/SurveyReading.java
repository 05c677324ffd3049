package org.govgraph.ingest.egdi;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.govgraph.ingest.IngestContext;
import org.govgraph.model.Iris;

/**
 * What the files of one {@code un-egdi} ingest share while they are read: the countries the
 * table described, the names each country goes by, and the country-years already observed,
 * so that a second row for the same country and year is caught whichever file it is in.
 */
final class SurveyReading {
    private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");

    private final IngestContext context;
    private final ObservationWriter observations;
    private final CountryNames names = new CountryNames();
    private final Map<String, String> commonNames = new HashMap<>();
    private final Map<String, String> firstRowOfCountry = new HashMap<>();
    private final Map<String, String> firstRowOfObservation = new HashMap<>();
    /** Per country, the name each survey edition gives it (for labels and alternative labels). */
    private final Map<String, TreeMap<Integer, String>> surveyNames = new LinkedHashMap<>();

    SurveyReading(IngestContext context) {
        this.context = context;
        this.observations = new ObservationWriter(context);
    }

    IngestContext context() {
        return context;
    }

    Iris iris() {
        return context.iris();
    }

    CountryNames names() {
        return names;
    }

    ObservationWriter observations() {
        return observations;
    }

    static boolean isIso3(String code) {
        return ISO3.matcher(code).matches();
    }

    /** Claims a country for a table row; the row that already described it, if any. */
    Optional<String> claimCountry(String iso3, String commonName, String officialName, Path file, long line) {
        String first = firstRowOfCountry.putIfAbsent(iso3, file + ":" + line);
        if (first == null) {
            commonNames.put(iso3, commonName);
            names.add(commonName, iso3);
            names.add(officialName, iso3);
        }
        return Optional.ofNullable(first);
    }

    /** Claims a country-year for an observation row; the row that already had it, if any. */
    Optional<String> claimObservation(int year, String iso3, Path file, long line) {
        return Optional.ofNullable(firstRowOfObservation.putIfAbsent(year + "/" + iso3, file + ":" + line));
    }

    /** Notes the name a survey edition gives a country. */
    void surveyName(String iso3, int year, String name) {
        surveyNames.computeIfAbsent(iso3, k -> new TreeMap<>()).put(year, name.strip());
    }

    /**
     * Writes the country names the survey files add to the shared graph: for a country the
     * table describes, each other name the survey used as a {@code skos:altLabel} (so a search
     * for "Türkiye" or "Swaziland" finds it); for a country only the survey names, the country
     * itself, labelled with the name of its latest edition.
     */
    void finish() {
        Graph shared = context.shared();
        surveyNames.forEach((iso3, byYear) -> {
            Node country = iris().country(iso3);
            String prefLabel = commonNames.get(iso3);
            if (prefLabel == null) {
                prefLabel = byYear.lastEntry().getValue();
                shared.add(Triple.create(country, RDF.type.asNode(), DCTerms.Location.asNode()));
                shared.add(Triple.create(country, RDF.type.asNode(), SKOS.Concept.asNode()));
                shared.add(Triple.create(country, SKOS.notation.asNode(), NodeFactory.createLiteralString(iso3)));
                shared.add(Triple.create(country, SKOS.prefLabel.asNode(), english(prefLabel)));
            }
            Map<String, String> others = new LinkedHashMap<>();
            for (String name : byYear.values()) {
                others.putIfAbsent(CountryNames.key(name), name);
            }
            others.remove(CountryNames.key(prefLabel));
            others.values().forEach(name -> shared.add(Triple.create(country, SKOS.altLabel.asNode(), english(name))));
        });
    }

    static Node english(String text) {
        return NodeFactory.createLiteralLang(text, "en");
    }
}

package org.govgraph.ingest.egdi;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
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
import org.govgraph.ingest.RowException;
import org.govgraph.model.Iris;

/**
 * What the files of one {@code un-egdi} ingest share while they are read: the countries the
 * table described, the names each country goes by, and the country-years already observed.
 *
 * <p>One observation per country and year, whatever files supply it: the first row read
 * for a country-year makes the observation; a row for the same country-year from another
 * file (2010-2018 come in two shapes) must say the same within the published rounding,
 * and is then loaded as a confirmation with nothing of its own to write, or is rejected
 * naming both files and lines. A second row in the same file is a duplicate and rejected.
 * Observations are written when every file is read, because the ranks derived within an
 * edition need all its countries.
 */
final class SurveyReading {
    private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");

    private final IngestContext context;
    private final ObservationWriter observations;
    private final CountryNames names = new CountryNames();
    private final Map<String, String> commonNames = new HashMap<>();
    private final Map<String, String> firstRowOfCountry = new HashMap<>();
    /** The first row of each country-year, by {@code year/iso3}, in reading order. */
    private final Map<String, Claim> observed = new LinkedHashMap<>();
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

    /** The row that first gave a country-year, and what it says. */
    private record Claim(SurveyObservation observation, IngestContext.Row row) {
        String where() {
            return row.file() + ":" + row.line();
        }
    }

    /**
     * Takes a survey row's figures: skips the row when it describes a country that was not
     * surveyed, holds it as the observation of its country-year when it is the first, or
     * accepts or rejects it against the first.
     *
     * @param keyColumn the column naming the country, for a duplicate
     * @param name      how the row names the country, for messages; null when the row has its code
     * @throws RowException when the row cannot stand (only placeholders, a duplicate, a disagreement)
     */
    void observe(SurveyFigures figures, IngestContext.Row row, int keyColumn, String name) {
        if (figures.notSurveyed()) {
            row.skip("not surveyed: " + figures.iso3() + describedAs(name) + " has "
                    + (figures.values().isEmpty() ? "only blank fields" : "only zeros and no rank") + " in "
                    + figures.year()
                    + ", a country that did not exist yet or was not part of the survey");
            return;
        }
        SurveyObservation observation = ObservationWriter.judge(figures);
        String key = figures.year() + "/" + figures.iso3();
        Claim first = observed.get(key);
        if (first == null) {
            observed.put(key, new Claim(observation, row));
            return;
        }
        if (first.row().file().equals(row.file())) {
            throw new RowException(
                    keyColumn,
                    "duplicate observation of " + figures.iso3() + describedAs(name) + " in " + figures.year()
                            + ", first at " + first.where());
        }
        Optional<SurveyObservation.Disagreement> d = observation.disagreement(first.observation());
        if (d.isPresent()) {
            throw new RowException(
                    d.get().column(),
                    "disagrees with " + first.where() + " on " + figures.iso3()
                            + " in " + figures.year() + " beyond the published rounding ("
                            + Measure.ROUNDING.toPlainString()
                            + "): " + d.get().what());
        }
        row.accept();
    }

    private static String describedAs(String name) {
        return name == null ? "" : " ('" + name.strip() + "')";
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
        writeObservations();
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

    /** Writes every held observation, with the ranks derived within its edition. */
    private void writeObservations() {
        Map<Integer, List<SurveyObservation>> byEdition = new TreeMap<>();
        observed.values()
                .forEach(c -> byEdition
                        .computeIfAbsent(c.observation().figures().year(), y -> new ArrayList<>())
                        .add(c.observation()));
        Map<Integer, EditionRanks> ranks = new HashMap<>();
        byEdition.forEach((year, edition) -> ranks.put(year, new EditionRanks(edition)));
        for (Claim c : observed.values()) {
            SurveyObservation o = c.observation();
            observations.write(o, ranks.get(o.figures().year()).of(o), c.row());
        }
    }

    static Node english(String text) {
        return NodeFactory.createLiteralLang(text, "en");
    }
}

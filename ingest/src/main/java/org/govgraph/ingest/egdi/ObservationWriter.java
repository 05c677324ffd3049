package org.govgraph.ingest.egdi;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.govgraph.ingest.IngestContext;
import org.govgraph.model.EgdiGroup;
import org.govgraph.model.Iris;
import org.govgraph.model.vocab.DQV;
import org.govgraph.model.vocab.GG;
import org.govgraph.model.vocab.OA;
import org.govgraph.model.vocab.QB;
import org.govgraph.model.vocab.SdmxDimension;

/**
 * Turns one country-year of survey figures into a Data Cube observation, keeping the
 * survey's gaps as gaps.
 *
 * <p>The rules, read from the data:
 * <ul>
 * <li>A row whose figures are all blank or all zero, with no rank (Montenegro 2003-2005,
 *     South Sudan until 2010, before they existed), describes a country that was not
 *     surveyed: no observation, and the row is listed as not surveyed, not rejected.</li>
 * <li>An EGDI is the mean of OSI, HCI and TII, so an EGDI of exactly 0 is real only when
 *     all three are published as 0. Any other published 0.0 EGDI is a placeholder for an
 *     index the survey did not compute: it is left out with its rank (the tied last rank or
 *     a blank the survey gave such countries) and its group, and the observation is annotated.</li>
 * <li>Beside a placeholder EGDI every index published as 0.0 is a placeholder too (2003:
 *     Iraq's OSI and EPI; 2010: the HCI the UN export writes as 0.0 where UNU-EGOV leaves it
 *     blank; 2012: Libya's OSI and EPI) and is left out; its non-zero indices are kept.
 *     Beside a real EGDI a 0.0 index is a measurement and is kept (Eritrea's OSI in 2024,
 *     0.0 with an EGDI of 0.158; Eswatini's in 2010).</li>
 * <li>From 2014 on the survey defines the EGDI as exactly that mean; an observation whose
 *     EGDI is more than 0.001 from it is kept as published and annotated.</li>
 * </ul>
 * The observation is judged first ({@link #judge}) and written once the whole edition is
 * read ({@link #write}), with the ranks that need every country of it.
 */
final class ObservationWriter {
    static final String DATASET_KEY = "egdi";
    /** The first edition whose EGDI is the plain mean of its three components. */
    static final int FIRST_MEAN_YEAR = 2014;

    static final BigDecimal MEAN_TOLERANCE = new BigDecimal("0.001");

    private final Iris iris;
    private final CubeParts parts;

    ObservationWriter(IngestContext context) {
        this.iris = context.iris();
        this.parts = new CubeParts(iris, context.shared());
    }

    /** The qb:DataSet of the survey: its observations belong to it or to one of its parts ({@link CubeParts}). */
    static Node cube(Iris iris) {
        return iris.id("cube", DATASET_KEY);
    }

    /**
     * What a row's figures say once its placeholders are taken out: the values and rank that
     * stand, and the quality note, if any.
     *
     * @throws org.govgraph.ingest.RowException when an index is outside 0 to 1, or nothing but placeholders is left
     */
    static SurveyObservation judge(SurveyFigures figures) {
        // Checked here as well as by the shapes, so that an impossible value never enters the ranks of its edition.
        figures.values().forEach((measure, value) -> {
            if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
                throw new org.govgraph.ingest.RowException(
                        figures.columns().getOrDefault(measure, 0),
                        measure.label() + " must be between 0 and 1, not " + value.toPlainString());
            }
        });
        Map<Measure, BigDecimal> kept = new EnumMap<>(Measure.class);
        kept.putAll(figures.values());
        Optional<BigInteger> rank = figures.rank();
        Optional<String> quality;
        if (isPlaceholderEgdi(figures)) {
            kept.remove(Measure.EGDI);
            rank = Optional.empty();
            quality = Optional.of(placeholderNote(figures, kept));
            if (kept.isEmpty()) {
                throw new org.govgraph.ingest.RowException(
                        0,
                        "no measure at all: the EGDI of 0 published for " + figures.iso3() + " in " + figures.year()
                                + " is a placeholder and no other index is published");
            }
        } else {
            quality = meanNote(figures);
        }
        return new SurveyObservation(figures, kept, rank, quality);
    }

    /** Writes a judged observation with its derived ranks into {@code row} and accepts the row. */
    void write(SurveyObservation observation, Map<Measure, Integer> derivedRanks, IngestContext.Row row) {
        SurveyFigures figures = observation.figures();
        String year = Integer.toString(figures.year());
        Node obs = iris.observation(DATASET_KEY, year, figures.iso3());
        row.add(obs, RDF.type.asNode(), QB.Observation.asNode());
        row.add(obs, QB.dataSet.asNode(), parts.dataSetOf(carried(observation, derivedRanks)));
        row.add(obs, SdmxDimension.refArea.asNode(), iris.country(figures.iso3()));
        row.add(obs, SdmxDimension.refPeriod.asNode(), NodeFactory.createLiteralDT(year, XSDDatatype.XSDgYear));
        observation.values().forEach((measure, value) -> {
            row.add(obs, measure.property().asNode(), decimal(value));
            row.column(measure.property().asNode(), figures.columns().getOrDefault(measure, 0));
        });
        observation.rank().ifPresent(r -> {
            row.add(obs, GG.egdiRank.asNode(), NodeFactory.createLiteralDT(r.toString(), XSDDatatype.XSDinteger));
            row.column(GG.egdiRank.asNode(), figures.rankColumn());
        });
        derivedRanks.forEach((measure, r) -> {
            row.add(
                    obs,
                    measure.rankProperty().asNode(),
                    NodeFactory.createLiteralDT(Integer.toString(r), XSDDatatype.XSDinteger));
            row.column(measure.rankProperty().asNode(), figures.columns().getOrDefault(measure, 0));
        });
        BigDecimal egdi = observation.values().get(Measure.EGDI);
        if (egdi != null && egdi.signum() >= 0) {
            // A negative EGDI has no group; the shapes reject it at its column.
            row.add(obs, GG.egdiGroup.asNode(), EgdiGroup.of(egdi).concept().asNode());
            row.column(GG.egdiGroup.asNode(), figures.columns().getOrDefault(Measure.EGDI, 0));
        }
        observation.quality().ifPresent(note -> annotate(row, obs, figures, note));
        row.accept();
    }

    /** The measures an observation has a value for: its indices, the EGDI rank if published, the derived ranks. */
    private static Set<Node> carried(SurveyObservation observation, Map<Measure, Integer> derivedRanks) {
        Set<Node> carried = new HashSet<>();
        observation.values().keySet().forEach(m -> carried.add(m.property().asNode()));
        observation.rank().ifPresent(r -> carried.add(GG.egdiRank.asNode()));
        derivedRanks.keySet().forEach(m -> carried.add(m.rankProperty().asNode()));
        return carried;
    }

    /** A published EGDI of 0.0 that is not the mean of three zero components. */
    static boolean isPlaceholderEgdi(SurveyFigures figures) {
        Optional<BigDecimal> egdi = figures.value(Measure.EGDI);
        if (egdi.isEmpty() || egdi.get().signum() != 0) {
            return false;
        }
        return !Measure.COMPONENTS.stream()
                .allMatch(m -> figures.value(m).map(v -> v.signum() == 0).orElse(false));
    }

    /** Removes the indices published as 0 beside the placeholder from {@code kept}; says why in words. */
    private static String placeholderNote(SurveyFigures figures, Map<Measure, BigDecimal> kept) {
        String rank = figures.rank().map(r -> " and rank " + r).orElse("");
        StringBuilder note = new StringBuilder("The survey published an EGDI of 0" + rank + " for " + figures.iso3()
                + " in " + figures.year() + " but did not compute one");
        List<Measure> missing = Measure.COMPONENTS.stream()
                .filter(m -> figures.value(m).isEmpty())
                .toList();
        if (!missing.isEmpty()) {
            note.append(": its ")
                    .append(labels(missing))
                    .append(missing.size() > 1 ? " are" : " is")
                    .append(" missing");
        }
        List<Measure> unassessed = new ArrayList<>();
        for (Measure m : List.of(Measure.OSI, Measure.HCI, Measure.TII, Measure.EPI)) {
            if (figures.value(m).map(v -> v.signum() == 0).orElse(false)) {
                unassessed.add(m);
                kept.remove(m);
            }
        }
        if (!unassessed.isEmpty()) {
            note.append(missing.isEmpty() ? ": " : "; ")
                    .append("the country was not assessed for its ")
                    .append(labels(unassessed))
                    .append(", published as 0");
        }
        note.append(". The EGDI, its rank and group");
        if (!unassessed.isEmpty()) {
            note.append(" and the ").append(labels(unassessed));
        }
        List<Measure> stay = List.of(Measure.OSI, Measure.HCI, Measure.TII, Measure.EPI).stream()
                .filter(kept::containsKey)
                .toList();
        note.append(" are left absent");
        if (!stay.isEmpty()) {
            note.append("; the ")
                    .append(labels(stay))
                    .append(stay.size() > 1 ? " are" : " is")
                    .append(" as published");
        }
        return note.append('.').toString();
    }

    /** From 2014 on, a note when the EGDI is not the mean of its components. */
    static Optional<String> meanNote(SurveyFigures figures) {
        if (figures.year() < FIRST_MEAN_YEAR) {
            return Optional.empty();
        }
        Optional<BigDecimal> egdi = figures.value(Measure.EGDI);
        if (egdi.isEmpty()
                || !Measure.COMPONENTS.stream().allMatch(m -> figures.value(m).isPresent())) {
            return Optional.empty();
        }
        BigDecimal sum = Measure.COMPONENTS.stream()
                .map(m -> figures.value(m).orElseThrow())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal mean = sum.divide(BigDecimal.valueOf(3), MathContext.DECIMAL64);
        if (egdi.get().subtract(mean).abs().compareTo(MEAN_TOLERANCE) <= 0) {
            return Optional.empty();
        }
        return Optional.of("The EGDI published for " + figures.iso3() + " in " + figures.year() + ", "
                + egdi.get().toPlainString() + ", is not the mean of its OSI, HCI and TII ("
                + Measure.published(mean.setScale(5, RoundingMode.HALF_UP)).toPlainString()
                + ") to within " + MEAN_TOLERANCE.toPlainString() + ", as the survey defines it from "
                + FIRST_MEAN_YEAR + " on. The figures are kept as published.");
    }

    private void annotate(IngestContext.Row row, Node obs, SurveyFigures figures, String note) {
        Node annotation = iris.id("annotation", DATASET_KEY, Integer.toString(figures.year()), figures.iso3());
        row.add(obs, DQV.hasQualityAnnotation.asNode(), annotation);
        row.add(annotation, RDF.type.asNode(), DQV.QualityAnnotation.asNode());
        row.add(annotation, RDF.type.asNode(), OA.Annotation.asNode());
        row.add(annotation, OA.motivatedBy.asNode(), DQV.qualityAssessment.asNode());
        row.add(annotation, OA.hasTarget.asNode(), obs);
        row.add(annotation, OA.bodyValue.asNode(), NodeFactory.createLiteralLang(note, "en"));
    }

    private static Node decimal(BigDecimal value) {
        return NodeFactory.createLiteralDT(value.toPlainString(), XSDDatatype.XSDdecimal);
    }

    private static String labels(List<Measure> measures) {
        List<String> names = measures.stream().map(Measure::label).toList();
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return names.subList(0, names.size() - 1).stream().collect(Collectors.joining(", ")) + " and "
                + names.get(names.size() - 1);
    }
}

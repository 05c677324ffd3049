package org.govgraph.ingest.egdi;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * <li>A row with no index at all (South Sudan in 2010, before it existed) is rejected.</li>
 * <li>An EGDI is the mean of OSI, HCI and TII, so an EGDI of exactly 0 is real only when
 *     all three are published as 0. Any other published 0.0 EGDI is a placeholder for an
 *     index the survey did not compute: it is left out with its rank (the tied last rank the
 *     survey gave such countries) and its group, and the observation is annotated.</li>
 * <li>Which published component zeros are placeholders too: when a component is missing
 *     (2010: nine countries without HCI) the missing one explains the EGDI, and the other
 *     components were assessed, so their zeros are kept (OSI and EPI zeros are common real
 *     values in 2010: Eswatini's OSI of 0 is inside its published EGDI). When all three are
 *     present and not all zero (2012: Libya, the Central African Republic and Guinea, whose
 *     online services were not assessed) the EGDI of 0 contradicts them: the components
 *     published as 0.0, OSI and the EPI scored from the same online assessment, are the
 *     unassessed ones and are left out as well; HCI and TII, from other agencies' data, stay.</li>
 * <li>From 2014 on the survey defines the EGDI as exactly that mean; an observation whose
 *     EGDI is more than 0.001 from it is kept as published and annotated.</li>
 * </ul>
 */
final class ObservationWriter {
    static final String DATASET_KEY = "egdi";
    /** The first edition whose EGDI is the plain mean of its three components. */
    static final int FIRST_MEAN_YEAR = 2014;
    static final BigDecimal MEAN_TOLERANCE = new BigDecimal("0.001");

    private final Iris iris;
    private final Node cube;

    ObservationWriter(IngestContext context) {
        this.iris = context.iris();
        this.cube = cube(iris);
    }

    /** The one qb:DataSet all EGDI observations belong to. */
    static Node cube(Iris iris) {
        return iris.id("cube", DATASET_KEY);
    }

    /** Writes the observation into {@code row} and accepts it, or rejects the row with the reason. */
    void write(SurveyFigures figures, IngestContext.Row row) {
        if (figures.values().isEmpty()) {
            row.reject(0, "no measure at all: the survey published no index for " + figures.iso3() + " in "
                    + figures.year());
            return;
        }
        Map<Measure, BigDecimal> kept = new EnumMap<>(Measure.class);
        kept.putAll(figures.values());
        Optional<BigInteger> rank = figures.rank();
        Optional<String> quality = Optional.empty();

        if (isPlaceholderEgdi(figures)) {
            kept.remove(Measure.EGDI);
            rank = Optional.empty();
            quality = Optional.of(placeholderNote(figures, kept));
            if (kept.isEmpty()) {
                row.reject(0, "no measure at all: the EGDI of 0 published for " + figures.iso3() + " in "
                        + figures.year() + " is a placeholder and no other index is published");
                return;
            }
        } else {
            quality = meanNote(figures);
        }

        String year = Integer.toString(figures.year());
        Node obs = iris.observation(DATASET_KEY, year, figures.iso3());
        row.add(obs, RDF.type.asNode(), QB.Observation.asNode());
        row.add(obs, QB.dataSet.asNode(), cube);
        row.add(obs, SdmxDimension.refArea.asNode(), iris.country(figures.iso3()));
        row.add(obs, SdmxDimension.refPeriod.asNode(), NodeFactory.createLiteralDT(year, XSDDatatype.XSDgYear));
        kept.forEach((measure, value) -> {
            row.add(obs, measure.property().asNode(), decimal(value));
            row.column(measure.property().asNode(), figures.columns().getOrDefault(measure, 0));
        });
        rank.ifPresent(r -> {
            row.add(obs, GG.egdiRank.asNode(), NodeFactory.createLiteralDT(r.toString(), XSDDatatype.XSDinteger));
            row.column(GG.egdiRank.asNode(), figures.rankColumn());
        });
        BigDecimal egdi = kept.get(Measure.EGDI);
        if (egdi != null && egdi.signum() >= 0) {
            // A negative EGDI has no group; the shapes reject it at its column.
            row.add(obs, GG.egdiGroup.asNode(), EgdiGroup.of(egdi).concept().asNode());
            row.column(GG.egdiGroup.asNode(), figures.columns().getOrDefault(Measure.EGDI, 0));
        }
        quality.ifPresent(note -> annotate(row, obs, figures, note));
        row.accept();
    }

    /** A published EGDI of 0.0 that is not the mean of three zero components. */
    static boolean isPlaceholderEgdi(SurveyFigures figures) {
        Optional<BigDecimal> egdi = figures.value(Measure.EGDI);
        if (egdi.isEmpty() || egdi.get().signum() != 0) {
            return false;
        }
        return !Measure.COMPONENTS.stream().allMatch(m -> figures.value(m).map(v -> v.signum() == 0).orElse(false));
    }

    /** Removes the component zeros that stand for "not assessed" from {@code kept}; says why in words. */
    private static String placeholderNote(SurveyFigures figures, Map<Measure, BigDecimal> kept) {
        String rank = figures.rank().map(r -> " and rank " + r).orElse("");
        String head = "The survey published an EGDI of 0" + rank + " for " + figures.iso3() + " in " + figures.year()
                + " but did not compute one: ";
        List<Measure> missing = Measure.COMPONENTS.stream().filter(m -> figures.value(m).isEmpty()).toList();
        if (!missing.isEmpty()) {
            return head + "its " + labels(missing) + (missing.size() > 1 ? " are" : " is")
                    + " missing. The EGDI, its rank and group are left absent; the other indices are as published.";
        }
        List<Measure> unassessed = new ArrayList<>();
        for (Measure m : List.of(Measure.OSI, Measure.HCI, Measure.TII, Measure.EPI)) {
            if (figures.value(m).map(v -> v.signum() == 0).orElse(false)) {
                unassessed.add(m);
                kept.remove(m);
            }
        }
        List<Measure> stay = Measure.COMPONENTS.stream().filter(kept::containsKey).toList();
        return head + "its " + labels(stay) + " are not zero, so the country was not assessed for its "
                + labels(unassessed) + ", published as 0. The EGDI, its rank and group and the " + labels(unassessed)
                + " are left absent; the " + labels(stay) + " are as published.";
    }

    /** From 2014 on, a note when the EGDI is not the mean of its components. */
    static Optional<String> meanNote(SurveyFigures figures) {
        if (figures.year() < FIRST_MEAN_YEAR) {
            return Optional.empty();
        }
        Optional<BigDecimal> egdi = figures.value(Measure.EGDI);
        if (egdi.isEmpty() || !Measure.COMPONENTS.stream().allMatch(m -> figures.value(m).isPresent())) {
            return Optional.empty();
        }
        BigDecimal sum = Measure.COMPONENTS.stream().map(m -> figures.value(m).orElseThrow())
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
        return names.subList(0, names.size() - 1).stream().collect(Collectors.joining(", "))
                + " and " + names.get(names.size() - 1);
    }
}

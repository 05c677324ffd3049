package org.govgraph.ingest.egdi;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * One country-year as govgraph will publish it: the row's figures with their placeholders
 * taken out (see {@link ObservationWriter#judge}).
 *
 * @param figures the figures as the row published them
 * @param values  the indices that stand
 * @param rank    the published EGDI rank, unless it ranks a placeholder
 * @param quality the quality note to annotate the observation with, if any
 */
record SurveyObservation(
        SurveyFigures figures, Map<Measure, BigDecimal> values, Optional<BigInteger> rank, Optional<String> quality) {
    SurveyObservation {
        Map<Measure, BigDecimal> copy = new EnumMap<>(Measure.class);
        copy.putAll(values);
        values = Collections.unmodifiableMap(copy);
    }

    /**
     * Where this observation and another of the same country-year, read from another file,
     * differ beyond the published rounding: the first measure (or the rank) that does, in
     * words, or empty when they agree.
     */
    Optional<Disagreement> disagreement(SurveyObservation other) {
        for (Measure m : Measure.values()) {
            BigDecimal mine = values.get(m);
            BigDecimal theirs = other.values.get(m);
            if (mine == null && theirs == null) {
                continue;
            }
            if (mine == null || theirs == null || !Measure.agree(mine, theirs)) {
                return Optional.of(new Disagreement(
                        figures.columns().getOrDefault(m, 0),
                        m.label() + " " + shown(mine) + " here, " + shown(theirs) + " there"));
            }
        }
        if (!rank.equals(other.rank)) {
            return Optional.of(new Disagreement(
                    figures.rankColumn(),
                    "EGDI rank " + rank.map(Object::toString).orElse("absent") + " here, "
                            + other.rank.map(Object::toString).orElse("absent") + " there"));
        }
        return Optional.empty();
    }

    private static String shown(BigDecimal value) {
        return value == null ? "absent" : value.toPlainString();
    }

    /** The column of this row where two readings differ, and how. */
    record Disagreement(int column, String what) {}
}

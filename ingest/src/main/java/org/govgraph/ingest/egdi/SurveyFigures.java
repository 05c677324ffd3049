package org.govgraph.ingest.egdi;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.govgraph.ingest.csv.CsvRow;

/**
 * What one survey row publishes for one country and year, as read (float noise removed)
 * and before its gaps are judged, with the column each figure came from.
 *
 * @param year       the survey edition
 * @param iso3       the country, ISO 3166-1 alpha-3
 * @param values     the indices present in the row; a blank field is simply not here
 * @param columns    the 1-based column of each measure, present or not
 * @param rank       the published EGDI rank, if any
 * @param rankColumn the 1-based column of the rank
 */
record SurveyFigures(
        int year,
        String iso3,
        Map<Measure, BigDecimal> values,
        Map<Measure, Integer> columns,
        Optional<BigInteger> rank,
        int rankColumn) {
    SurveyFigures {
        values = Collections.unmodifiableMap(copy(values));
        columns = Collections.unmodifiableMap(copy(columns));
    }

    /**
     * Reads the figures of a row whose columns are named by {@code headers}.
     *
     * @throws org.govgraph.ingest.RowException naming the column of a field that is not a number
     */
    static SurveyFigures read(CsvRow row, int year, String iso3, Map<Measure, String> headers, String rankHeader) {
        Map<Measure, BigDecimal> values = new EnumMap<>(Measure.class);
        Map<Measure, Integer> columns = new EnumMap<>(Measure.class);
        headers.forEach((measure, header) -> {
            columns.put(measure, row.column(header));
            row.decimal(header, Set.of()).map(Measure::published).ifPresent(v -> values.put(measure, v));
        });
        Optional<BigInteger> rank = row.integer(rankHeader, Set.of());
        return new SurveyFigures(year, iso3, values, columns, rank, row.column(rankHeader));
    }

    private static <V> Map<Measure, V> copy(Map<Measure, V> map) {
        Map<Measure, V> copy = new EnumMap<>(Measure.class);
        copy.putAll(map);
        return copy;
    }

    /**
     * A row of blanks or zeros with no rank: the survey lists every current member state in
     * every edition, including those that did not exist yet (Montenegro 2003-2005, South
     * Sudan until 2010), and publishes nothing for them.
     */
    boolean notSurveyed() {
        return rank.isEmpty() && values.values().stream().allMatch(v -> v.signum() == 0);
    }

    Optional<BigDecimal> value(Measure measure) {
        return Optional.ofNullable(values.get(measure));
    }
}

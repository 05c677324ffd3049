package org.govgraph.ingest.egdi;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.govgraph.ingest.IngestContext;
import org.govgraph.ingest.RowException;
import org.govgraph.ingest.csv.CsvFile;
import org.govgraph.ingest.csv.CsvRow;

/**
 * A survey edition in the UN E-Government Knowledge Base Data Center's own export,
 * {@code EGOV_DATA_YYYY.csv}: the year in a column, and countries by name only, often with
 * a trailing space, in the UN's spelling of the year (Türkiye). Names are matched to codes
 * by {@link CountryNames}; a name that matches none is a rejected row, never a guess.
 * Tied countries share a rank.
 */
final class UnDataCenterCsvSource {
    static final String YEAR = "Survey Year";
    static final String NAME = "Country Name";
    static final String RANK = "E-Government Rank";
    static final Map<Measure, String> MEASURES = Map.of(
            Measure.EGDI, "E-Government Index",
            Measure.EPI, "E-Participation Index",
            Measure.OSI, "Online Service Index",
            Measure.HCI, "Human Capital Index",
            Measure.TII, "Telecommunication Infrastructure Index");
    static final List<String> HEADER = List.of(YEAR, NAME, RANK, "E-Government Index", "E-Participation Index",
            "Online Service Index", "Human Capital Index", "Telecommunication Infrastructure Index");

    private final SurveyReading reading;

    UnDataCenterCsvSource(SurveyReading reading) {
        this.reading = reading;
    }

    void read(CsvFile csv) {
        for (CsvRow csvRow : csv) {
            if (EgdiSource.isEmptyRecord(csv, csvRow)) {
                continue;
            }
            IngestContext.Row row = reading.context().row(csvRow.file(), csvRow.line());
            try {
                csvRow.requireWellFormed();
                int year = year(csvRow);
                String name = csvRow.requireText(NAME);
                String iso3 = match(csvRow, name);
                reading.surveyName(iso3, year, name);
                SurveyFigures figures = SurveyFigures.read(csvRow, year, iso3, MEASURES, RANK);
                Optional<String> first = reading.claimObservation(year, iso3, csvRow.file(), csvRow.line());
                if (first.isPresent()) {
                    throw new RowException(csvRow.column(NAME), "duplicate observation of " + iso3 + " ('" + name
                            + "') in " + year + ", first at " + first.get());
                }
                reading.observations().write(figures, row);
            } catch (RowException e) {
                row.reject(e.column(), e.getMessage());
            }
        }
    }

    private static int year(CsvRow csvRow) {
        BigInteger year = csvRow.integer(YEAR, Set.of())
                .orElseThrow(() -> new RowException(csvRow.column(YEAR), YEAR + " is required but empty"));
        if (year.bitLength() > 31 || !SurveyEditions.isEdition(year.intValue())) {
            throw new RowException(csvRow.column(YEAR), SurveyEditions.notAnEdition(year));
        }
        return year.intValueExact();
    }

    private String match(CsvRow csvRow, String name) {
        return reading.names().match(name).orElseThrow(() -> {
            Set<String> candidates = reading.names().candidates(name);
            return new RowException(csvRow.column(NAME), candidates.size() > 1
                    ? "the name '" + name + "' matches more than one country: " + String.join(", ", candidates)
                    : "no country matches '" + name + "'");
        });
    }
}

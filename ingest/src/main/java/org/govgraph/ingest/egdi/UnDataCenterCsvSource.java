package org.govgraph.ingest.egdi;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 *
 * <p>The same export circulates re-saved with other headers and a Region column (the 2024
 * edition, {@link #RESAVED}); only the column names differ, so one reader takes both. The
 * Region column repeats what the countries table says and is not read.
 */
final class UnDataCenterCsvSource {
    /** The names one variant of the export gives its columns. */
    record Columns(String year, String name, String rank, Map<Measure, String> measures) {
        List<String> header() {
            List<String> header = new ArrayList<>(List.of(year, name, rank));
            for (Measure m : List.of(Measure.EGDI, Measure.EPI, Measure.OSI, Measure.HCI, Measure.TII)) {
                header.add(measures.get(m));
            }
            return header;
        }
    }

    /** The Data Center's export as downloaded. */
    static final Columns EXPORT = new Columns(
            "Survey Year",
            "Country Name",
            "E-Government Rank",
            Map.of(
                    Measure.EGDI, "E-Government Index",
                    Measure.EPI, "E-Participation Index",
                    Measure.OSI, "Online Service Index",
                    Measure.HCI, "Human Capital Index",
                    Measure.TII, "Telecommunication Infrastructure Index"));

    /** The export as re-saved by a user (the 2024 edition in circulation), with a Region column besides. */
    static final Columns RESAVED = new Columns(
            "Survey Year",
            "Country",
            "Rank",
            Map.of(
                    Measure.EGDI, "E_Index",
                    Measure.EPI, "E_Participation",
                    Measure.OSI, "Online_Service",
                    Measure.HCI, "Human_Capital",
                    Measure.TII, "Tele_Infra"));

    private final SurveyReading reading;
    private final Columns columns;

    UnDataCenterCsvSource(SurveyReading reading, Columns columns) {
        this.reading = reading;
        this.columns = columns;
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
                String name = csvRow.requireText(columns.name());
                String iso3 = match(csvRow, name);
                SurveyFigures figures = SurveyFigures.read(csvRow, year, iso3, columns.measures(), columns.rank());
                if (!figures.notSurveyed()) {
                    reading.surveyName(iso3, year, name);
                }
                reading.observe(figures, row, csvRow.column(columns.name()), name);
            } catch (RowException e) {
                row.reject(e.column(), e.getMessage());
            }
        }
    }

    private int year(CsvRow csvRow) {
        BigInteger year = csvRow.integer(columns.year(), Set.of())
                .orElseThrow(() ->
                        new RowException(csvRow.column(columns.year()), columns.year() + " is required but empty"));
        if (year.bitLength() > 31 || !SurveyEditions.isEdition(year.intValue())) {
            throw new RowException(csvRow.column(columns.year()), SurveyEditions.notAnEdition(year));
        }
        return year.intValueExact();
    }

    private String match(CsvRow csvRow, String name) {
        return reading.names().match(name).orElseThrow(() -> {
            Set<String> candidates = reading.names().candidates(name);
            return new RowException(
                    csvRow.column(columns.name()),
                    candidates.size() > 1
                            ? "the name '" + name + "' matches more than one country: " + String.join(", ", candidates)
                            : "no country matches '" + name + "'");
        });
    }
}

package org.govgraph.ingest.egdi;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govgraph.ingest.IngestContext;
import org.govgraph.ingest.RowException;
import org.govgraph.ingest.SourceFormatException;
import org.govgraph.ingest.csv.CsvFile;
import org.govgraph.ingest.csv.CsvRow;

/**
 * One survey edition as re-published by UNU-EGOV, {@code egdi-YYYY.csv}: a row per country
 * with its ISO alpha-3 code, name, EGDI rank, EGDI, e-participation index, OSI, HCI and TII.
 * The file holds no year: it is the one in the file name. Ranks may be written as floats
 * ({@code 136.0}) and indices carry float noise, both read as the survey published them.
 */
final class EgdiCsvSource {
    static final String CODE = "country-code";
    static final String NAME = "country-name";
    static final String RANK = "e-gov-rank";
    static final Map<Measure, String> MEASURES = Map.of(
            Measure.EGDI, "e-gov-index",
            Measure.EPI, "e-pat-index",
            Measure.OSI, "osi",
            Measure.HCI, "hci",
            Measure.TII, "tii");
    static final List<String> HEADER = List.of(CODE, NAME, RANK, "e-gov-index", "e-pat-index", "osi", "hci", "tii");

    /** A four-digit year standing alone in the file name, as in {@code egdi-2018.csv}. */
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(\\d{4})(?!\\d)");

    private final SurveyReading reading;

    EgdiCsvSource(SurveyReading reading) {
        this.reading = reading;
    }

    /**
     * The survey year a UNU-EGOV file is for.
     *
     * @throws SourceFormatException when the file name holds no year, or more than one
     */
    static int yearOf(Path file) {
        String name = file.getFileName().toString();
        Matcher m = YEAR.matcher(name);
        if (!m.find()) {
            throw new SourceFormatException(
                    file, "the file name has no survey year: a UNU-EGOV EGDI file must be named egdi-YYYY.csv");
        }
        int year = Integer.parseInt(m.group(1));
        if (m.find()) {
            throw new SourceFormatException(
                    file, "the file name has more than one year: a UNU-EGOV EGDI file must be named egdi-YYYY.csv");
        }
        if (!SurveyEditions.isEdition(year)) {
            throw new SourceFormatException(file, "the file name's year " + SurveyEditions.notAnEdition(year));
        }
        return year;
    }

    void read(CsvFile csv, int year) {
        for (CsvRow csvRow : csv) {
            if (EgdiSource.isEmptyRecord(csv, csvRow)) {
                continue;
            }
            IngestContext.Row row = reading.context().row(csvRow.file(), csvRow.line());
            try {
                csvRow.requireWellFormed();
                String iso3 = csvRow.requireText(CODE);
                if (!SurveyReading.isIso3(iso3)) {
                    throw new RowException(csvRow.column(CODE), "'" + iso3 + "' is not an ISO 3166-1 alpha-3 code");
                }
                csvRow.text(NAME).ifPresent(name -> {
                    reading.names().add(name, iso3);
                    reading.surveyName(iso3, year, name);
                });
                SurveyFigures figures = SurveyFigures.read(csvRow, year, iso3, MEASURES, RANK);
                reading.observe(figures, row, csvRow.column(CODE), null);
            } catch (RowException e) {
                row.reject(e.column(), e.getMessage());
            }
        }
    }
}

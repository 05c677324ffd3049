package org.govgraph.ingest.egdi;

import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.govgraph.ingest.IngestContext;
import org.govgraph.ingest.RowException;
import org.govgraph.ingest.csv.CsvFile;
import org.govgraph.ingest.csv.CsvRow;
import org.govgraph.model.vocab.GG;

/**
 * UNU-EGOV's country table, {@code countries-data_EN.csv}: one row per country with its ISO
 * alpha-3 code, common and official names, UN region and sub-region, World Bank income
 * group and development status. Semicolon-separated UTF-8 with a byte order mark and CRLF
 * line ends (both handled by {@link CsvFile}).
 */
final class CountriesTable {
    static final char DELIMITER = ';';
    static final String CODE = "COUNTRY CODE";
    static final String COMMON_NAME = "COMMON NAME";
    static final String OFFICIAL_NAME = "OFFICIAL NAME";
    static final String REGION = "REGION";
    static final String SUB_REGION = "SUB-REGION";
    static final String INCOME = "INCOME";
    static final String STATUS = "STATUS";
    static final List<String> HEADER = List.of(CODE, COMMON_NAME, OFFICIAL_NAME, REGION, SUB_REGION, INCOME, STATUS);

    private final SurveyReading reading;

    CountriesTable(SurveyReading reading) {
        this.reading = reading;
    }

    void read(CsvFile csv) {
        for (CsvRow csvRow : csv) {
            if (EgdiSource.isEmptyRecord(csv, csvRow)) {
                continue;
            }
            IngestContext.Row row = reading.context().row(csvRow.file(), csvRow.line());
            try {
                describe(csvRow, row);
            } catch (RowException e) {
                row.reject(e.column(), e.getMessage());
            }
        }
    }

    private void describe(CsvRow csvRow, IngestContext.Row row) {
        csvRow.requireWellFormed();
        String iso3 = csvRow.requireText(CODE);
        if (!SurveyReading.isIso3(iso3)) {
            throw new RowException(csvRow.column(CODE), "'" + iso3 + "' is not an ISO 3166-1 alpha-3 code");
        }
        String common = csvRow.requireText(COMMON_NAME);
        Optional<String> official = csvRow.text(OFFICIAL_NAME);
        Optional<String> first =
                reading.claimCountry(iso3, common, official.orElse(null), csvRow.file(), csvRow.line());
        if (first.isPresent()) {
            throw new RowException(csvRow.column(CODE), "duplicate country " + iso3 + ", first at " + first.get());
        }
        Node country = reading.iris().country(iso3);
        row.add(country, RDF.type.asNode(), DCTerms.Location.asNode());
        row.add(country, RDF.type.asNode(), SKOS.Concept.asNode());
        row.add(country, SKOS.notation.asNode(), NodeFactory.createLiteralString(iso3));
        row.column(SKOS.notation.asNode(), csvRow.column(CODE));
        row.add(country, SKOS.prefLabel.asNode(), SurveyReading.english(common));
        row.column(SKOS.prefLabel.asNode(), csvRow.column(COMMON_NAME));
        official.ifPresent(name -> {
            row.add(country, GG.officialName.asNode(), SurveyReading.english(name));
            row.column(GG.officialName.asNode(), csvRow.column(OFFICIAL_NAME));
        });
        text(csvRow, row, country, REGION, GG.region);
        text(csvRow, row, country, SUB_REGION, GG.subRegion);
        text(csvRow, row, country, INCOME, GG.incomeGroup);
        text(csvRow, row, country, STATUS, GG.developmentStatus);
        row.accept();
    }

    private static void text(CsvRow csvRow, IngestContext.Row row, Node country, String column, Property property) {
        csvRow.text(column).ifPresent(value -> {
            row.add(country, property.asNode(), NodeFactory.createLiteralString(value));
            row.column(property.asNode(), csvRow.column(column));
        });
    }
}

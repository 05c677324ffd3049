package org.govgraph.ingest.egdi;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.govgraph.ingest.IngestContext;
import org.govgraph.ingest.SourceAdapter;
import org.govgraph.ingest.SourceFormatException;
import org.govgraph.ingest.SourceInfo;
import org.govgraph.ingest.csv.CsvFile;
import org.govgraph.ingest.csv.CsvRow;
import org.govgraph.model.vocab.GG;
import org.govgraph.model.vocab.QB;

/**
 * The {@code un-egdi} source: any mix of UNU-EGOV {@code egdi-YYYY.csv} files, UN Data
 * Center {@code EGOV_DATA_YYYY.csv} exports (as downloaded, or re-saved with other headers
 * and a Region column, as the 2024 edition circulates) and the {@code countries-data_EN.csv} table,
 * each recognised by its header, written as one Data Cube data set of EGDI observations.
 *
 * <p>Whatever order the files are given in, the country table is read first, then the coded
 * files by year, then the UN exports, so that every name a coded file or the table gives a
 * country is known before the uncoded exports are matched against them.
 */
public final class EgdiSource implements SourceAdapter {
    public static final String ID = "un-egdi";
    static final String DATA_CENTER = "https://publicadministration.un.org/egovkb/en-us/Data-Center";
    static final String TERMS = "https://www.un.org/en/about-us/terms-of-use";

    /** The shapes of file this source reads, with the header and delimiter each is recognised by. */
    private enum Shape {
        COUNTRIES(CountriesTable.HEADER, CountriesTable.DELIMITER, "countries-data_EN.csv (semicolon-separated)"),
        UNU_EGOV(EgdiCsvSource.HEADER, ',', "UNU-EGOV egdi-YYYY.csv"),
        UN_DATA_CENTER(UnDataCenterCsvSource.EXPORT.header(), ',', "UN Data Center EGOV_DATA_YYYY.csv"),
        UN_DATA_CENTER_RESAVED(
                UnDataCenterCsvSource.RESAVED.header(),
                ',',
                "UN Data Center export re-saved with a Region column (the 2024 edition)");

        final List<String> header;
        final char delimiter;
        final String description;

        Shape(List<String> header, char delimiter, String description) {
            this.header = header;
            this.delimiter = delimiter;
            this.description = description;
        }
    }

    /** A file recognised as one of the shapes, open after its header. */
    private record Input(Shape shape, CsvFile csv, int year) {}

    @Override
    public SourceInfo info() {
        return new SourceInfo(
                ID,
                "UN E-Government Survey: EGDI and its components",
                "The E-Government Development Index (EGDI) of the UN member states and its components, the "
                        + "Online Service, Human Capital and Telecommunication Infrastructure indices, with the "
                        + "E-Participation Index and the EGDI rank, for the survey editions 2003 to 2024, and the "
                        + "countries they describe; each index's rank within its edition is derived from the "
                        + "published values. Figures the survey did not compute are absent and annotated.",
                "United Nations Department of Economic and Social Affairs (UN DESA)",
                TERMS,
                DATA_CENTER,
                "any mix of egdi-YYYY.csv (UNU-EGOV), EGOV_DATA_YYYY.csv (UN Data Center, as exported or re-saved"
                        + " with a Region column) and countries-data_EN.csv",
                null);
    }

    @Override
    public void read(List<Path> inputs, IngestContext context) {
        List<Input> opened = new ArrayList<>();
        try {
            for (Path file : inputs) {
                opened.add(open(file));
            }
            opened.sort(Comparator.comparing((Input i) -> i.shape()).thenComparingInt(Input::year));
            SurveyReading reading = new SurveyReading(context);
            describeDataSet(context);
            for (Input input : opened) {
                switch (input.shape()) {
                    case COUNTRIES -> new CountriesTable(reading).read(input.csv());
                    case UNU_EGOV -> new EgdiCsvSource(reading).read(input.csv(), input.year());
                    case UN_DATA_CENTER ->
                        new UnDataCenterCsvSource(reading, UnDataCenterCsvSource.EXPORT).read(input.csv());
                    case UN_DATA_CENTER_RESAVED ->
                        new UnDataCenterCsvSource(reading, UnDataCenterCsvSource.RESAVED).read(input.csv());
                }
            }
            reading.finish();
        } finally {
            opened.forEach(i -> i.csv().close());
        }
    }

    /** Opens a file as the shape whose header it has. */
    private static Input open(Path file) {
        for (Shape shape : Shape.values()) {
            CsvFile csv = CsvFile.open(file, shape.delimiter, List.of());
            if (csv.header().containsAll(shape.header)) {
                try {
                    int year = shape == Shape.UNU_EGOV ? EgdiCsvSource.yearOf(file) : 0;
                    return new Input(shape, csv, year);
                } catch (RuntimeException e) {
                    csv.close();
                    throw e;
                }
            }
            csv.close();
        }
        StringBuilder expected = new StringBuilder();
        for (Shape shape : Shape.values()) {
            expected.append(expected.isEmpty() ? "" : "; or ")
                    .append(shape.description)
                    .append(": ")
                    .append(String.join(String.valueOf(shape.delimiter), shape.header));
        }
        throw new SourceFormatException(file, 1, 0, "the header is none of the un-egdi files; expected " + expected);
    }

    /** The one qb:DataSet of all observations, with the structure the shapes select it by. */
    private static void describeDataSet(IngestContext context) {
        Graph g = context.shared();
        Node cube = ObservationWriter.cube(context.iris());
        g.add(Triple.create(cube, RDF.type.asNode(), QB.DataSet.asNode()));
        g.add(Triple.create(cube, QB.structure.asNode(), GG.egdiStructure.asNode()));
        g.add(Triple.create(
                cube,
                RDFS.label.asNode(),
                NodeFactory.createLiteralLang(
                        "UN E-Government Development Index (EGDI) by country and survey year", "en")));
        g.add(Triple.create(
                cube,
                DCTerms.title.asNode(),
                NodeFactory.createLiteralLang("UN E-Government Survey: EGDI and its components", "en")));
        g.add(Triple.create(cube, DCTerms.source.asNode(), NodeFactory.createURI(DATA_CENTER)));
    }

    /**
     * A record whose fields are all blank, such as the {@code ;;;;;;} that ends the countries
     * table: the delimited form of a blank line, which holds no data and is not a row.
     */
    static boolean isEmptyRecord(CsvFile csv, CsvRow row) {
        for (String column : csv.header()) {
            String raw = row.raw(column);
            if (raw != null && !raw.isBlank()) {
                return false;
            }
        }
        return true;
    }
}

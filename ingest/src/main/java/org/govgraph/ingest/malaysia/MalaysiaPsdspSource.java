package org.govgraph.ingest.malaysia;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.govgraph.ingest.IngestContext;
import org.govgraph.ingest.RowException;
import org.govgraph.ingest.SourceAdapter;
import org.govgraph.ingest.SourceFormatException;
import org.govgraph.ingest.SourceInfo;
import org.govgraph.ingest.csv.CsvRow;
import org.govgraph.ingest.csv.CsvRows;
import org.govgraph.model.Iris;
import org.govgraph.model.vocab.GG;
import org.govgraph.model.vocab.QB;
import org.govgraph.model.vocab.SdmxDimension;

/**
 * Reads Malaysia's public sector digitalisation figures of 2021
 * ({@code psdsp-2021-indicators.csv}): each row, an achieved figure or a target, becomes a
 * {@code qb:Observation} of the {@code my-psdsp} data set, keyed by indicator and kind
 * ({@code id/obs/my-psdsp/{indicator_id}/{actual|target}}), measuring a {@code gg:Indicator}
 * ({@code id/indicator/my/{indicator_id}}) named in English and Malay.
 *
 * <p>Every figure comes from one interview, which has no published address: the data set
 * and each observation cite it with {@code dct:source} to a bibliographic resource
 * carrying the citation as text. A row with an unknown kind, a value that is not a
 * number, a date that is neither {@code YYYY-MM-DD} nor {@code YYYY}, a second row for the
 * same indicator and kind, or labels that differ from the indicator's first row is
 * rejected at that column.
 */
public final class MalaysiaPsdspSource implements SourceAdapter {
    /** The source id, also the name of its graph. */
    public static final String ID = "my-psdsp";

    static final String CITATION =
            "MAMPU, 'Digitalisation innovates public service delivery', interview, 3 October 2021";
    static final List<String> COLUMNS =
            List.of("indicator_id", "label_en", "label_ms", "kind", "value", "unit", "ref_date", "scope", "note");
    private static final Map<String, Node> KINDS = Map.of("actual", GG.Actual.asNode(), "target", GG.Target.asNode());

    private static final SourceInfo INFO = new SourceInfo(
            ID,
            "Malaysia public sector digitalisation figures, 2021",
            "Figures and targets stated by the Malaysian Administrative Modernisation and Management Planning Unit "
                    + "(MAMPU) on 3 October 2021 for the Public Sector Digitalisation Strategic Plan 2021-2025 and "
                    + "MyDIGITAL: services online end to end, cloud use, UN Online Services Index rank.",
            "Malaysian Administrative Modernisation and Management Planning Unit (MAMPU)",
            "https://creativecommons.org/licenses/by/4.0/",
            "https://www.mampu.gov.my/",
            "psdsp-2021-indicators.csv",
            "MYS");

    @Override
    public SourceInfo info() {
        return INFO;
    }

    @Override
    public void read(List<Path> inputs, IngestContext context) {
        if (inputs.size() != 1) {
            throw new SourceFormatException(
                    inputs.isEmpty() ? Path.of(".") : inputs.get(0),
                    ID + " takes one file, psdsp-2021-indicators.csv, not " + inputs.size());
        }
        Path file = inputs.get(0);
        Iris iris = context.iris();
        Node dataSet = iris.id("cube", ID);
        Node interview = describeDataSet(context.shared(), iris, dataSet);
        Map<String, Long> firstObservation = new HashMap<>();
        Map<String, IndicatorLabels> indicators = new HashMap<>();
        CsvRows.forEach(
                file,
                COLUMNS,
                context,
                (r, row) -> readRow(r, row, iris, dataSet, interview, firstObservation, indicators));
    }

    private static void readRow(
            CsvRow csv,
            IngestContext.Row row,
            Iris iris,
            Node dataSet,
            Node interview,
            Map<String, Long> firstObservation,
            Map<String, IndicatorLabels> indicators) {
        String indicatorId = csv.requireText("indicator_id");
        String kindText = csv.requireText("kind");
        Node kind = KINDS.get(kindText.toLowerCase(Locale.ROOT));
        if (kind == null) {
            throw new RowException(csv.column("kind"), "kind '" + kindText + "' is neither actual nor target");
        }
        String kindKey = kindText.toLowerCase(Locale.ROOT);
        BigDecimal value = csv.decimal("value", Set.of())
                .orElseThrow(() -> new RowException(csv.column("value"), "value is required but empty"));
        String unit = csv.requireText("unit");
        Node period = refPeriod(csv);
        IndicatorLabels labels =
                new IndicatorLabels(csv.line(), csv.requireText("label_en"), csv.requireText("label_ms"));
        IndicatorLabels first = indicators.get(indicatorId);
        if (first != null) {
            first.requireSame(labels, csv);
        }
        Long firstLine = firstObservation.get(indicatorId + "\n" + kindKey);
        if (firstLine != null) {
            throw new RowException(
                    csv.column("kind"),
                    "duplicate " + kindKey + " figure for indicator '" + indicatorId + "' (first at line " + firstLine
                            + ")");
        }
        firstObservation.put(indicatorId + "\n" + kindKey, csv.line());
        indicators.putIfAbsent(indicatorId, labels);

        Node indicator = iris.indicator("my", indicatorId);
        row.add(indicator, RDF.type.asNode(), GG.Indicator.asNode());
        row.add(indicator, DCTerms.identifier.asNode(), NodeFactory.createLiteralString(indicatorId));
        row.add(indicator, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang(labels.english(), "en"));
        row.add(indicator, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang(labels.malay(), "ms"));

        Node obs = iris.observation(ID, indicatorId, kindKey);
        row.add(obs, RDF.type.asNode(), QB.Observation.asNode());
        row.add(obs, QB.dataSet.asNode(), dataSet);
        row.add(obs, GG.indicator.asNode(), indicator).column(GG.indicator.asNode(), csv.column("indicator_id"));
        row.add(obs, GG.observationKind.asNode(), kind).column(GG.observationKind.asNode(), csv.column("kind"));
        row.add(obs, GG.value.asNode(), NodeFactory.createLiteralDT(value.toPlainString(), XSDDatatype.XSDdecimal))
                .column(GG.value.asNode(), csv.column("value"));
        row.add(obs, GG.unit.asNode(), NodeFactory.createLiteralString(unit))
                .column(GG.unit.asNode(), csv.column("unit"));
        row.add(obs, SdmxDimension.refPeriod.asNode(), period)
                .column(SdmxDimension.refPeriod.asNode(), csv.column("ref_date"));
        row.add(obs, SdmxDimension.refArea.asNode(), iris.country("MYS"));
        csv.text("scope")
                .ifPresent(s -> row.add(obs, GG.scope.asNode(), NodeFactory.createLiteralLang(s, "en"))
                        .column(GG.scope.asNode(), csv.column("scope")));
        csv.text("note")
                .ifPresent(n -> row.add(obs, RDFS.comment.asNode(), NodeFactory.createLiteralLang(n, "en"))
                        .column(RDFS.comment.asNode(), csv.column("note")));
        row.add(obs, DCTerms.source.asNode(), interview);
    }

    /** {@code YYYY-MM-DD} as an {@code xsd:date}; a bare year as an {@code xsd:gYear}. */
    private static Node refPeriod(CsvRow csv) {
        String text = csv.requireText("ref_date");
        try {
            if (text.matches("\\d{4}")) {
                return NodeFactory.createLiteralDT(Year.parse(text).toString(), XSDDatatype.XSDgYear);
            }
            return NodeFactory.createLiteralDT(LocalDate.parse(text).toString(), XSDDatatype.XSDdate);
        } catch (DateTimeParseException e) {
            throw new RowException(
                    csv.column("ref_date"), "ref_date '" + text + "' is not a date (YYYY-MM-DD) or a year (YYYY)");
        }
    }

    /** The data set node and the interview every figure comes from (shared by all rows). */
    private static Node describeDataSet(Graph g, Iris iris, Node dataSet) {
        Node interview = iris.id("document", ID, "mampu-interview-2021-10-03");
        g.add(interview, RDF.type.asNode(), DCTerms.BibliographicResource.asNode());
        g.add(
                interview,
                DCTerms.title.asNode(),
                NodeFactory.createLiteralLang("Digitalisation innovates public service delivery", "en"));
        g.add(interview, DCTerms.creator.asNode(), NodeFactory.createLiteralString("MAMPU"));
        g.add(interview, DCTerms.issued.asNode(), NodeFactory.createLiteralDT("2021-10-03", XSDDatatype.XSDdate));
        g.add(interview, DCTerms.bibliographicCitation.asNode(), NodeFactory.createLiteralString(CITATION));

        g.add(dataSet, RDF.type.asNode(), QB.DataSet.asNode());
        g.add(dataSet, QB.structure.asNode(), GG.indicatorStructure.asNode());
        g.add(dataSet, DCTerms.title.asNode(), NodeFactory.createLiteralLang(INFO.title(), "en"));
        g.add(dataSet, DCTerms.description.asNode(), NodeFactory.createLiteralLang(INFO.description(), "en"));
        g.add(dataSet, DCTerms.source.asNode(), interview);
        g.add(dataSet, DCTerms.bibliographicCitation.asNode(), NodeFactory.createLiteralString(CITATION));
        g.add(dataSet, DCTerms.spatial.asNode(), iris.country("MYS"));
        return interview;
    }

    /** An indicator's names as first read, so a later row cannot rename it. */
    private record IndicatorLabels(long line, String english, String malay) {
        void requireSame(IndicatorLabels other, CsvRow csv) {
            if (!english.equals(other.english)) {
                throw new RowException(
                        csv.column("label_en"),
                        "label_en differs from the indicator's label at line " + line + " ('" + english + "')");
            }
            if (!malay.equals(other.malay)) {
                throw new RowException(
                        csv.column("label_ms"),
                        "label_ms differs from the indicator's label at line " + line + " ('" + malay + "')");
            }
        }
    }
}

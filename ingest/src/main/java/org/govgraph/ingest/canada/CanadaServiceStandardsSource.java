package org.govgraph.ingest.canada;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.govgraph.ingest.CodeList;
import org.govgraph.ingest.IngestContext;
import org.govgraph.ingest.RowException;
import org.govgraph.ingest.SourceAdapter;
import org.govgraph.ingest.SourceInfo;
import org.govgraph.ingest.csv.CsvFile;
import org.govgraph.ingest.csv.CsvRow;
import org.govgraph.model.Iris;
import org.govgraph.model.vocab.CV;
import org.govgraph.model.vocab.GG;

/**
 * The Government of Canada service standards and performance ({@code ca-ss}): each row a
 * {@code gg:ServiceStandard} linked from its service by {@code gg:hasStandard}, with its
 * type, channel, target, volumes, performance and whether the target was met.
 *
 * <p>A standard's IRI is keyed by its service and its {@code service_standard_id}
 * ({@code id/standard/ca/{service_id}/{service_standard_id}}): departments number their
 * standards independently, and the published file reuses eight ids for standards of
 * different services (e.g. {@code 2250} at Canadian Heritage and at ISED), which a key
 * on the id alone would merge. A second row for the same service and standard is
 * rejected as a duplicate.
 *
 * <p>{@code standards_targets_uri_*} (where the standard is published) become
 * {@code foaf:page}, {@code performance_results_uri_*} (where results are published)
 * {@code rdfs:seeAlso}; both keep only real http(s) links, as the inventory does.
 */
public final class CanadaServiceStandardsSource implements SourceAdapter {
    static final List<String> REQUIRED_COLUMNS = List.of(
            "fiscal_yr",
            "service_id",
            "service_standard_id",
            "service_standard_en",
            "service_standard_fr",
            "type",
            "channel",
            "target",
            "volume_meeting_target",
            "total_volume",
            "performance",
            "target_met",
            "standards_targets_uri_en",
            "standards_targets_uri_fr",
            "performance_results_uri_en",
            "performance_results_uri_fr");

    private final CodeList channels = CodeList.channels();

    @Override
    public SourceInfo info() {
        return new SourceInfo(
                "ca-ss",
                "Government of Canada Service Standards and Performance",
                "Service standards of the federal organisations of Canada (timeliness, access, accuracy),"
                        + " their targets and the performance achieved against them in a fiscal year.",
                "Treasury Board of Canada Secretariat",
                "https://open.canada.ca/en/open-government-licence-canada",
                "https://open.canada.ca/data/en/dataset/3ac0d080-6149-499a-8b06-7ce5f00ec56c",
                "the service standards CSV in the ss_2024.csv shape",
                CanadaFields.JURISDICTION);
    }

    @Override
    public void read(List<Path> inputs, IngestContext context) {
        Map<String, String> firstAt = new HashMap<>();
        for (Path input : inputs) {
            try (CsvFile csv = CsvFile.open(input, REQUIRED_COLUMNS)) {
                for (CsvRow row : csv) {
                    IngestContext.Row out = context.row(input, row.line());
                    try {
                        row.requireWellFormed();
                        String serviceId = row.requireText("service_id");
                        String standardId = row.requireText("service_standard_id");
                        String where = inputs.size() > 1 ? input + ":" + row.line() : Long.toString(row.line());
                        String first = firstAt.putIfAbsent(serviceId + '\u0000' + standardId, where);
                        if (first != null) {
                            throw new RowException(
                                    row.column("service_standard_id"),
                                    "duplicate key service_id=" + serviceId + ", service_standard_id=" + standardId
                                            + ", first at line " + first);
                        }
                        describe(context.iris(), row, out, serviceId, standardId);
                        out.accept();
                    } catch (RowException e) {
                        out.reject(e.column(), e.getMessage());
                    }
                }
            }
        }
    }

    /** Each row describes its own standard and only links to its service, so the runner may validate it in chunks. */
    @Override
    public boolean validatesPerRow() {
        return true;
    }

    private void describe(Iris iris, CsvRow row, IngestContext.Row out, String serviceId, String standardId) {
        Node service = iris.service(CanadaServiceInventorySource.SCHEME, serviceId);
        Node standard = iris.serviceStandard(CanadaServiceInventorySource.SCHEME, serviceId, standardId);
        out.add(service, GG.hasStandard.asNode(), standard);
        out.add(standard, RDF.type.asNode(), GG.ServiceStandard.asNode());
        out.add(standard, DCTerms.identifier.asNode(), CanadaFields.string(standardId));
        row.text("service_standard_en")
                .ifPresent(v -> out.add(standard, DCTerms.title.asNode(), CanadaFields.text(v, "en")));
        row.text("service_standard_fr")
                .ifPresent(v -> out.add(standard, DCTerms.title.asNode(), CanadaFields.text(v, "fr")));
        out.column(DCTerms.title.asNode(), row.column("service_standard_en"));
        CanadaFields.fiscalYear(row, "fiscal_yr")
                .ifPresent(v -> out.add(standard, GG.fiscalYear.asNode(), CanadaFields.string(v)));
        out.column(GG.fiscalYear.asNode(), row.column("fiscal_yr"));
        row.text("type").ifPresent(v -> out.add(standard, GG.standardType.asNode(), CanadaFields.string(v)));
        out.column(GG.standardType.asNode(), row.column("type"));
        for (Node channel : CanadaFields.codes(row, "channel", channels)) {
            out.add(standard, CV.hasChannel.asNode(), channel);
        }
        out.column(CV.hasChannel.asNode(), row.column("channel"));
        decimal(row, out, standard, GG.target, "target");
        decimal(row, out, standard, GG.performance, "performance");
        CanadaFields.count(row, "volume_meeting_target")
                .ifPresent(n -> out.add(standard, GG.volumeMeetingTarget.asNode(), CanadaFields.integer(n)));
        out.column(GG.volumeMeetingTarget.asNode(), row.column("volume_meeting_target"));
        CanadaFields.count(row, "total_volume")
                .ifPresent(n -> out.add(standard, GG.totalVolume.asNode(), CanadaFields.integer(n)));
        out.column(GG.totalVolume.asNode(), row.column("total_volume"));
        CanadaFields.yesNo(row, "target_met")
                .ifPresent(b -> out.add(standard, GG.targetMet.asNode(), CanadaFields.bool(b)));
        out.column(GG.targetMet.asNode(), row.column("target_met"));
        pages(row, out, standard, FOAF.page, "standards_targets_uri_en", "standards_targets_uri_fr");
        pages(row, out, standard, RDFS.seeAlso, "performance_results_uri_en", "performance_results_uri_fr");
    }

    private static void decimal(CsvRow row, IngestContext.Row out, Node subject, Property property, String column) {
        CanadaFields.decimal(row, column).ifPresent(v -> out.add(subject, property.asNode(), v));
        out.column(property.asNode(), row.column(column));
    }

    private static void pages(CsvRow row, IngestContext.Row out, Node subject, Property property, String... columns) {
        for (String column : columns) {
            for (Node page : CanadaFields.webPages(row, column)) {
                out.add(subject, property.asNode(), page);
            }
        }
    }
}

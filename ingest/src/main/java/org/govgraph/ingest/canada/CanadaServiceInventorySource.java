package org.govgraph.ingest.canada;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.govgraph.ingest.CodeList;
import org.govgraph.ingest.IngestContext;
import org.govgraph.ingest.RowException;
import org.govgraph.ingest.SourceAdapter;
import org.govgraph.ingest.SourceInfo;
import org.govgraph.ingest.csv.CsvFile;
import org.govgraph.ingest.csv.CsvRow;
import org.govgraph.model.Iris;
import org.govgraph.model.Stage;
import org.govgraph.model.vocab.CPSV;
import org.govgraph.model.vocab.CV;
import org.govgraph.model.vocab.GG;
import org.govgraph.model.vocab.ORG;

/**
 * The Government of Canada Service Inventory ({@code ca-si}): one {@code cpsv:PublicService}
 * per {@code service_id}, and per row a {@code gg:ServiceReport} for that service's fiscal
 * year holding the year's volumes and stage statuses.
 *
 * <p>A service can be reported for several fiscal years. What belongs to a year (volumes,
 * stages) stays on its report; what describes the service (titles, owner, types, channels,
 * its own stages, {@code gg:endToEndOnline}, {@code gg:latestReport}) comes from the row
 * of its latest fiscal year only, so that an edited title never leaves two titles behind.
 * A second row with the same {@code service_id} and {@code fiscal_yr} is rejected.
 *
 * <p>{@code cv:hasChannel} (delivery channels) is derived, since the inventory has no
 * column for it: a channel is listed when the latest year reports a volume above zero
 * through it (telephone: enquiries or applications by phone; online: website visits or
 * online applications; in person, mail, email, fax, other: applications), and online
 * also when any stage can be completed online. {@code gg:feedbackChannel} is the
 * published {@code client_feedback_channel} as is.
 */
public final class CanadaServiceInventorySource implements SourceAdapter {
    static final String SCHEME = "ca";

    /** A volume column, the report property it becomes, and the channel a positive volume implies (null: none). */
    private record Volume(String column, Property property, String channel) {}

    private static final List<Volume> VOLUMES = List.of(
            new Volume("num_phone_enquiries", GG.numPhoneEnquiries, "TEL"),
            new Volume("num_applications_by_phone", GG.numApplicationsByPhone, "TEL"),
            new Volume("num_website_visits", GG.numWebsiteVisits, "ONL"),
            new Volume("num_applications_online", GG.numApplicationsOnline, "ONL"),
            new Volume("num_applications_in_person", GG.numApplicationsInPerson, "PERSON"),
            new Volume("num_applications_by_mail", GG.numApplicationsByMail, "POST"),
            new Volume("num_applications_by_email", GG.numApplicationsByEmail, "EML"),
            new Volume("num_applications_by_fax", GG.numApplicationsByFax, "FAX"),
            new Volume("num_applications_by_other", GG.numApplicationsByOther, "OTH"),
            new Volume("num_applications_total", GG.numApplicationsTotal, null));

    /** The six os_* columns, in the order of {@link Stage}. */
    private static final Map<Stage, String> STAGE_COLUMNS = Map.of(
            Stage.ACCOUNT_REGISTRATION, "os_account_registration",
            Stage.AUTHENTICATION, "os_authentication",
            Stage.APPLICATION, "os_application",
            Stage.DECISION, "os_decision",
            Stage.ISSUANCE, "os_issuance",
            Stage.ISSUE_RESOLUTION_FEEDBACK, "os_issue_resolution_feedback");

    static final List<String> REQUIRED_COLUMNS = requiredColumns();

    private final CodeList channels = CodeList.channels();
    private final CodeList serviceTypes = CodeList.serviceTypes();

    @Override
    public SourceInfo info() {
        return new SourceInfo(
                "ca-si",
                "Government of Canada Service Inventory",
                "Services of the federal organisations of Canada, with their types, channels, online"
                        + " status of each service stage and yearly application volumes by channel,"
                        + " in English and French.",
                "Treasury Board of Canada Secretariat",
                "https://open.canada.ca/en/open-government-licence-canada",
                "https://open.canada.ca/data/en/dataset/3ac0d080-6149-499a-8b06-7ce5f00ec56c",
                "a service inventory CSV in the si_2024.csv shape",
                CanadaFields.JURISDICTION);
    }

    /**
     * Reads the inputs twice, so that no row needs to be held: the first pass learns where
     * each key is first seen and which accepted row is each service's latest year (a small
     * map even for a million services); the second builds each row again and hands it on
     * at once, with the service's own triples if it is that latest row.
     */
    @Override
    public void read(List<Path> inputs, IngestContext context) {
        Iris iris = context.iris();
        Map<String, String> firstAt = new HashMap<>();
        Map<String, String> latestYear = new HashMap<>();
        for (Path input : inputs) {
            try (CsvFile csv = CsvFile.open(input, REQUIRED_COLUMNS)) {
                for (CsvRow row : csv) {
                    try {
                        RowKey key = RowKey.of(row);
                        if (firstAt.putIfAbsent(key.key(), where(inputs, input, row)) == null) {
                            // Built only to learn whether it would be accepted: a rejected row is no one's latest year.
                            draft(iris, row, key.serviceId(), key.year());
                            latestYear.merge(key.serviceId(), key.year(), (a, b) -> b.compareTo(a) > 0 ? b : a);
                        }
                    } catch (RowException e) {
                        // Rejected with its reason in the second pass.
                    }
                }
            }
        }
        for (Path input : inputs) {
            try (CsvFile csv = CsvFile.open(input, REQUIRED_COLUMNS)) {
                for (CsvRow row : csv) {
                    try {
                        RowKey key = RowKey.of(row);
                        String first = firstAt.get(key.key());
                        if (!first.equals(where(inputs, input, row))) {
                            throw new RowException(
                                    row.column("service_id"),
                                    "duplicate key service_id=" + key.serviceId() + ", fiscal_yr=" + key.year()
                                            + ", first at line " + first);
                        }
                        draft(iris, row, key.serviceId(), key.year())
                                .emit(context, key.year().equals(latestYear.get(key.serviceId())));
                    } catch (RowException e) {
                        context.reject(input, row.line(), e.column(), e.getMessage());
                    }
                }
            }
        }
    }

    /** Each row stands alone with its organisation, so the runner may validate it in chunks. */
    @Override
    public boolean validatesPerRow() {
        return true;
    }

    /** A row's key: its service and fiscal year, which no two rows may share. */
    private record RowKey(String serviceId, String year) {
        static RowKey of(CsvRow row) {
            row.requireWellFormed();
            String id = row.requireText("service_id");
            String year = CanadaFields.fiscalYear(row, "fiscal_yr")
                    .orElseThrow(() -> new RowException(row.column("fiscal_yr"), "fiscal_yr is required but empty"));
            return new RowKey(id, year);
        }

        String key() {
            return serviceId + '\u0000' + year;
        }
    }

    private static String where(List<Path> inputs, Path input, CsvRow row) {
        return inputs.size() > 1 ? input + ":" + row.line() : Long.toString(row.line());
    }

    /** Reads one row into the triples of its year and of its service; throws {@link RowException} on a bad field. */
    private RowDraft draft(Iris iris, CsvRow row, String id, String year) {
        RowDraft d = new RowDraft(row.file(), row.line(), id, year);
        Node service = iris.service(SCHEME, id);
        Node report = iris.serviceReport(SCHEME, id, year);

        // The year's report.
        d.ofYear(service, GG.report.asNode(), report);
        d.ofYear(report, RDF.type.asNode(), GG.ServiceReport.asNode());
        d.ofYear(report, GG.fiscalYear.asNode(), CanadaFields.string(year));
        d.column(GG.fiscalYear.asNode(), row.column("fiscal_yr"));
        Set<String> channelsUsed = new LinkedHashSet<>();
        for (Volume v : VOLUMES) {
            Optional<BigInteger> n = CanadaFields.count(row, v.column());
            n.ifPresent(value -> d.ofYear(report, v.property().asNode(), CanadaFields.integer(value)));
            d.column(v.property().asNode(), row.column(v.column()));
            if (v.channel() != null && n.isPresent() && n.get().signum() > 0) {
                channelsUsed.add(v.channel());
            }
        }
        List<Resource> statuses = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            Resource status = stageStatus(row, STAGE_COLUMNS.get(stage));
            statuses.add(status);
            addStage(d, iris, report, stage, status, true);
            addStage(d, iris, service, stage, status, false);
        }

        // The service, as its latest year describes it.
        d.ofService(service, RDF.type.asNode(), CPSV.PublicService.asNode());
        d.ofService(service, DCTerms.identifier.asNode(), CanadaFields.string(id));
        d.ofService(service, GG.latestReport.asNode(), report);
        bilingualText(d, row, service, DCTerms.title, "service_name_en", "service_name_fr");
        bilingualText(d, row, service, DCTerms.description, "service_description_en", "service_description_fr");
        boolean endToEnd = Stage.endToEndOnline(statuses);
        d.ofService(service, GG.endToEndOnline.asNode(), CanadaFields.bool(endToEnd));

        String orgKey = row.requireText("owner_org");
        Node org = iris.organisation(SCHEME, orgKey);
        String[] orgTitle = CanadaFields.bilingual(row, "owner_org_title");
        d.ofService(service, CV.hasCompetentAuthority.asNode(), org);
        d.column(CV.hasCompetentAuthority.asNode(), row.column("owner_org"));
        d.ofService(org, RDF.type.asNode(), CV.PublicOrganisation.asNode());
        d.ofService(org, RDF.type.asNode(), ORG.Organization.asNode());
        d.ofService(org, DCTerms.identifier.asNode(), CanadaFields.string(orgKey));
        // Every owner of the federal inventory is a Government of Canada institution.
        d.ofService(org, DCTerms.spatial.asNode(), iris.country(CanadaFields.JURISDICTION));
        d.ofService(org, SKOS.prefLabel.asNode(), CanadaFields.text(orgTitle[0], "en"));
        d.ofService(org, SKOS.prefLabel.asNode(), CanadaFields.text(orgTitle[1], "fr"));
        d.column(SKOS.prefLabel.asNode(), row.column("owner_org_title"));

        for (Node type : CanadaFields.codes(row, "service_type", serviceTypes)) {
            d.ofService(service, DCTerms.type.asNode(), type);
        }
        d.column(DCTerms.type.asNode(), row.column("service_type"));
        for (Node channel : CanadaFields.codes(row, "client_feedback_channel", channels)) {
            d.ofService(service, GG.feedbackChannel.asNode(), channel);
        }
        d.column(GG.feedbackChannel.asNode(), row.column("client_feedback_channel"));
        if (statuses.contains(GG.Online)) {
            channelsUsed.add("ONL");
        }
        for (String code : channelsUsed) {
            d.ofService(service, CV.hasChannel.asNode(), channels.concept(code).orElseThrow());
        }

        for (String name : CanadaFields.programNames(row, "program_name_en")) {
            d.ofService(service, GG.program.asNode(), CanadaFields.text(name, "en"));
        }
        for (String name : CanadaFields.programNames(row, "program_name_fr")) {
            d.ofService(service, GG.program.asNode(), CanadaFields.text(name, "fr"));
        }
        d.column(GG.program.asNode(), row.column("program_name_en"));
        for (String programId : CanadaFields.plainCodes(row, "program_id")) {
            d.ofService(service, GG.programId.asNode(), CanadaFields.string(programId));
        }
        d.column(GG.programId.asNode(), row.column("program_id"));
        for (String column : List.of("service_uri_en", "service_uri_fr")) {
            for (Node page : CanadaFields.webPages(row, column)) {
                d.ofService(service, FOAF.page.asNode(), page);
            }
        }

        row.text("service_recipient_type")
                .ifPresent(v -> d.ofService(service, GG.recipientType.asNode(), CanadaFields.string(v)));
        d.column(GG.recipientType.asNode(), row.column("service_recipient_type"));
        for (String scope : CanadaFields.plainCodes(row, "service_scope")) {
            d.ofService(service, GG.serviceScope.asNode(), CanadaFields.string(scope));
        }
        d.column(GG.serviceScope.asNode(), row.column("service_scope"));
        for (String group : CanadaFields.plainCodes(row, "client_target_groups")) {
            d.ofService(service, GG.clientTargetGroup.asNode(), CanadaFields.string(group));
        }
        d.column(GG.clientTargetGroup.asNode(), row.column("client_target_groups"));
        flag(d, row, service, GG.serviceFee, "service_fee");
        flag(d, row, service, GG.automatedDecisionSystem, "automated_decision_system");
        flag(d, row, service, GG.sinUsage, "sin_usage");
        flag(d, row, service, GG.businessNumberUsage, "cra_bn_identifier_usage");
        CanadaFields.fiscalYear(row, "last_service_review")
                .ifPresent(v -> d.ofService(service, GG.lastServiceReview.asNode(), CanadaFields.string(v)));
        d.column(GG.lastServiceReview.asNode(), row.column("last_service_review"));
        CanadaFields.fiscalYear(row, "last_service_improvement")
                .ifPresent(v -> d.ofService(service, GG.lastServiceImprovement.asNode(), CanadaFields.string(v)));
        d.column(GG.lastServiceImprovement.asNode(), row.column("last_service_improvement"));
        return d;
    }

    /** {@code Y} online, {@code N} offline, {@code NA} not applicable; anything else rejects the row at that column. */
    private static Resource stageStatus(CsvRow row, String column) {
        String v = row.text(column).orElse("");
        return switch (v) {
            case "Y" -> GG.Online;
            case "N" -> GG.Offline;
            case "NA" -> GG.NotApplicable;
            default -> throw new RowException(row.column(column), column + " must be Y, N or NA, not '" + v + "'");
        };
    }

    private static void addStage(RowDraft d, Iris iris, Node owner, Stage stage, Resource status, boolean ofYear) {
        Node node = iris.stageStatus(owner, stage.key());
        Node[][] triples = {
            {owner, GG.onlineStage.asNode(), node},
            {node, RDF.type.asNode(), GG.StageStatus.asNode()},
            {node, GG.stage.asNode(), stage.concept().asNode()},
            {node, GG.status.asNode(), status.asNode()}
        };
        for (Node[] t : triples) {
            if (ofYear) {
                d.ofYear(t[0], t[1], t[2]);
            } else {
                d.ofService(t[0], t[1], t[2]);
            }
        }
    }

    private static void bilingualText(RowDraft d, CsvRow row, Node subject, Property property, String en, String fr) {
        row.text(en).ifPresent(v -> d.ofService(subject, property.asNode(), CanadaFields.text(v, "en")));
        row.text(fr).ifPresent(v -> d.ofService(subject, property.asNode(), CanadaFields.text(v, "fr")));
        d.column(property.asNode(), row.column(en));
    }

    private static void flag(RowDraft d, CsvRow row, Node subject, Property property, String column) {
        CanadaFields.yesNo(row, column).ifPresent(b -> d.ofService(subject, property.asNode(), CanadaFields.bool(b)));
        d.column(property.asNode(), row.column(column));
    }

    private static List<String> requiredColumns() {
        List<String> columns = new ArrayList<>(List.of(
                "fiscal_yr",
                "service_id",
                "service_name_en",
                "service_name_fr",
                "service_description_en",
                "service_description_fr",
                "service_type",
                "service_recipient_type",
                "service_scope",
                "client_target_groups",
                "program_id",
                "program_name_en",
                "program_name_fr",
                "client_feedback_channel",
                "automated_decision_system",
                "service_fee",
                "last_service_review",
                "last_service_improvement",
                "sin_usage",
                "cra_bn_identifier_usage",
                "service_uri_en",
                "service_uri_fr",
                "owner_org",
                "owner_org_title"));
        for (Stage stage : Stage.values()) {
            columns.add(STAGE_COLUMNS.get(stage));
        }
        VOLUMES.forEach(v -> columns.add(v.column()));
        return List.copyOf(columns);
    }
}

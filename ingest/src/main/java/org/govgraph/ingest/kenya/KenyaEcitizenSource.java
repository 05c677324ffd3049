package org.govgraph.ingest.kenya;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.govgraph.ingest.IngestContext;
import org.govgraph.ingest.RowException;
import org.govgraph.ingest.SourceAdapter;
import org.govgraph.ingest.SourceFormatException;
import org.govgraph.ingest.SourceInfo;
import org.govgraph.ingest.mapping.QualityNote;
import org.govgraph.ingest.mapping.WebAddress;
import org.govgraph.ingest.csv.CsvRow;
import org.govgraph.ingest.csv.CsvRows;
import org.govgraph.model.Iris;
import org.govgraph.model.vocab.CPSV;
import org.govgraph.model.vocab.CV;
import org.govgraph.model.vocab.GG;
import org.govgraph.model.vocab.ORG;

/**
 * Reads the Kenya eCitizen service catalogue: a folder of four CSV files joined by hash
 * identifiers, ministry &gt; department &gt; agency &gt; service.
 *
 * <p>Ministries, departments and agencies become {@code cv:PublicOrganisation}s (also
 * {@code org:Organization}) under {@code id/org/ke/{hash}}, each linked to its parent by
 * {@code org:subOrganizationOf}. Each service becomes a {@code cpsv:PublicService} under
 * {@code id/service/ke/{service_id}} whose competent authority is its agency; every
 * service is offered on the national eCitizen portal, so its channel is the shared
 * {@code ch:ONL} concept (the facet that works across countries) and it is related to a
 * {@code cv:Channel} node describing the portal itself.
 *
 * <p>The files are read parents first, so that a reference to an organisation that is not
 * in its file, or a service whose {@code department_id}/{@code ministry_id} contradict its
 * agency's, is rejected at the column that holds it. A web address that is not an absolute
 * http(s) IRI (the snapshot has {@code htpps://} and a space inside a host) is left out and
 * kept, as published, in a DQV quality annotation on the entity: the row itself is sound.
 * The {@code requirements} column is empty throughout the snapshot and is not read;
 * the {@code observed_*} and {@code reported_*} counts are derived figures and are
 * recomputed from the data instead.
 */
public final class KenyaEcitizenSource implements SourceAdapter {
    /** The source id, also the name of its graph. */
    public static final String ID = "ke-ecitizen";
    /** The organisation and service scheme in IRIs: {@code id/org/ke/...}, {@code id/service/ke/...}. */
    static final String SCHEME = "ke";

    static final String MINISTRIES = "ministries.csv";
    static final String DEPARTMENTS = "departments.csv";
    static final String AGENCIES = "agencies.csv";
    static final String SERVICES = "services.csv";
    /** The four files, in the order they are read: parents before children. */
    static final List<String> FILES = List.of(MINISTRIES, DEPARTMENTS, AGENCIES, SERVICES);

    private static final Node ONLINE = NodeFactory.createURI(GG.CHANNEL_NS + "ONL");
    private static final Node PORTAL_HOME = NodeFactory.createURI("https://ecitizen.go.ke/");

    private static final SourceInfo INFO = new SourceInfo(ID,
            "Kenya eCitizen service catalogue",
            "The public services offered on Kenya's national eCitizen portal (February 2026 snapshot), "
                    + "with the ministries, state departments and agencies that provide them.",
            "Compiled from ecitizen.go.ke (Government of Kenya)",
            "https://creativecommons.org/licenses/by/4.0/",
            "https://ecitizen.go.ke/",
            "FOLDER holding " + String.join(", ", FILES));

    @Override
    public SourceInfo info() {
        return INFO;
    }

    @Override
    public List<Path> inputFiles(List<Path> inputs) {
        Path folder = folder(inputs);
        return FILES.stream().map(folder::resolve).toList();
    }

    @Override
    public void read(List<Path> inputs, IngestContext context) {
        Path folder = folder(inputs);
        for (String name : FILES) {
            Path file = folder.resolve(name);
            if (!Files.isRegularFile(file)) {
                throw new SourceFormatException(file, "no such file: the " + ID + " folder must hold "
                        + String.join(", ", FILES));
            }
        }
        Node portal = describePortal(context);
        Organisations orgs = new Organisations();
        readMinistries(folder.resolve(MINISTRIES), context, orgs);
        readDepartments(folder.resolve(DEPARTMENTS), context, orgs);
        readAgencies(folder.resolve(AGENCIES), context, orgs);
        readServices(folder.resolve(SERVICES), context, orgs, portal);
    }

    private static Path folder(List<Path> inputs) {
        if (inputs.size() != 1) {
            throw new SourceFormatException(inputs.isEmpty() ? Path.of(".") : inputs.get(0),
                    ID + " takes one folder holding " + String.join(", ", FILES) + ", not " + inputs.size() + " arguments");
        }
        Path folder = inputs.get(0);
        if (!Files.isDirectory(folder)) {
            throw new SourceFormatException(folder, "is not a folder: " + ID + " takes the folder holding "
                    + String.join(", ", FILES));
        }
        return folder;
    }

    /** The eCitizen portal as a channel of its own, typed by the shared online-channel concept. */
    private static Node describePortal(IngestContext context) {
        Graph g = context.shared();
        Node portal = context.iris().id("channel", SCHEME, "ecitizen");
        g.add(portal, RDF.type.asNode(), CV.Channel.asNode());
        g.add(portal, DCTerms.title.asNode(), NodeFactory.createLiteralLang("eCitizen", "en"));
        g.add(portal, DCTerms.type.asNode(), ONLINE);
        g.add(portal, FOAF.homepage.asNode(), PORTAL_HOME);
        return portal;
    }

    private static void readMinistries(Path file, IngestContext context, Organisations orgs) {
        List<String> columns = List.of("ministry_id", "ministry_name", "ministry_description", "ministry_url");
        CsvRows.forEach(file, columns, context, (csv, row) -> {
            String id = orgs.ministries.firstSight(csv, "ministry_id");
            String name = csv.requireText("ministry_name");
            orgs.ministries.accepted(id, new Parent(csv.line(), null, null));
            Node org = organisation(row, context.iris(), id, name, csv, "ministry_name");
            csv.text("ministry_description").ifPresent(d -> describe(row, org, d, csv.column("ministry_description")));
            page(row, context.iris(), org, id, csv, "ministry_url", FOAF.page.asNode());
        });
    }

    private static void readDepartments(Path file, IngestContext context, Organisations orgs) {
        List<String> columns = List.of("department_id", "ministry_id", "department_name", "ministry_departments_url");
        CsvRows.forEach(file, columns, context, (csv, row) -> {
            String id = orgs.departments.firstSight(csv, "department_id");
            String name = csv.requireText("department_name");
            String ministry = orgs.ministries.reference(csv, "ministry_id").key();
            orgs.departments.accepted(id, new Parent(csv.line(), ministry, null));
            Node org = organisation(row, context.iris(), id, name, csv, "department_name");
            subOrganisationOf(row, context.iris(), org, ministry, csv.column("ministry_id"));
            page(row, context.iris(), org, id, csv, "ministry_departments_url", FOAF.page.asNode());
        });
    }

    private static void readAgencies(Path file, IngestContext context, Organisations orgs) {
        List<String> columns = List.of("agency_id", "ministry_id", "department_id", "agency_name", "agency_description",
                "logo_url", "agency_url", "ministry_departments_agencies_url");
        CsvRows.forEach(file, columns, context, (csv, row) -> {
            String id = orgs.agencies.firstSight(csv, "agency_id");
            String name = csv.requireText("agency_name");
            Known<Parent> department = orgs.departments.reference(csv, "department_id");
            String ministry = orgs.ministries.reference(csv, "ministry_id").key();
            if (!ministry.equals(department.value().ministry())) {
                throw new RowException(csv.column("ministry_id"), "ministry_id '" + ministry
                        + "' is not the ministry of its department " + department.key() + " ('"
                        + department.value().ministry() + "' at " + DEPARTMENTS + " line " + department.value().line() + ")");
            }
            orgs.agencies.accepted(id, new Parent(csv.line(), ministry, department.key()));
            Node org = organisation(row, context.iris(), id, name, csv, "agency_name");
            subOrganisationOf(row, context.iris(), org, department.key(), csv.column("department_id"));
            csv.text("agency_description").ifPresent(d -> describe(row, org, d, csv.column("agency_description")));
            page(row, context.iris(), org, id, csv, "agency_url", FOAF.homepage.asNode());
            page(row, context.iris(), org, id, csv, "ministry_departments_agencies_url", FOAF.page.asNode());
            page(row, context.iris(), org, id, csv, "logo_url", FOAF.logo.asNode());
        });
    }

    private static void readServices(Path file, IngestContext context, Organisations orgs, Node portal) {
        List<String> columns = List.of("service_id", "agency_id", "department_id", "ministry_id", "service_name",
                "service_url", "service_description");
        Keys<Void> services = new Keys<>("service", SERVICES);
        CsvRows.forEach(file, columns, context, (csv, row) -> {
            String id = services.firstSight(csv, "service_id");
            String title = csv.requireText("service_name");
            Known<Parent> agency = orgs.agencies.reference(csv, "agency_id");
            sameAsAgency(csv, "department_id", agency.value().department(), agency);
            sameAsAgency(csv, "ministry_id", agency.value().ministry(), agency);
            Iris iris = context.iris();
            Node service = iris.service(SCHEME, id);
            row.add(service, RDF.type.asNode(), CPSV.PublicService.asNode());
            row.add(service, DCTerms.identifier.asNode(), NodeFactory.createLiteralString(id));
            row.add(service, DCTerms.title.asNode(), NodeFactory.createLiteralLang(title, "en"))
                    .column(DCTerms.title.asNode(), csv.column("service_name"));
            csv.text("service_description").ifPresent(d -> describe(row, service, d, csv.column("service_description")));
            row.add(service, CV.hasCompetentAuthority.asNode(), iris.organisation(SCHEME, agency.key()))
                    .column(CV.hasCompetentAuthority.asNode(), csv.column("agency_id"));
            row.add(service, CV.hasChannel.asNode(), ONLINE);
            row.add(service, DCTerms.relation.asNode(), portal);
            csv.text("service_url").ifPresent(url -> WebAddress.parse(url).ifPresentOrElse(
                    iri -> row.add(service, FOAF.page.asNode(), iri).column(FOAF.page.asNode(), csv.column("service_url")),
                    () -> QualityNote.add(row, iris, SCHEME, service, "service", id, "service_url",
                            "service_url '" + url + "' is not an absolute http(s) web address, so it is not given as the service's page (foaf:page).")));
        });
    }

    /** Fails when a service's denormalised department or ministry contradicts its agency's. */
    private static void sameAsAgency(CsvRow csv, String column, String agencys, Known<Parent> agency) {
        String value = csv.requireText(column);
        if (!value.equals(agencys)) {
            throw new RowException(csv.column(column), column + " '" + value + "' differs from that of agency "
                    + agency.key() + " ('" + agencys + "' at " + AGENCIES + " line " + agency.value().line() + ")");
        }
    }

    private static Node organisation(IngestContext.Row row, Iris iris, String id, String name, CsvRow csv, String nameColumn) {
        Node org = iris.organisation(SCHEME, id);
        row.add(org, RDF.type.asNode(), CV.PublicOrganisation.asNode());
        row.add(org, RDF.type.asNode(), ORG.Organization.asNode());
        row.add(org, DCTerms.identifier.asNode(), NodeFactory.createLiteralString(id));
        row.add(org, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang(name, "en"))
                .column(SKOS.prefLabel.asNode(), csv.column(nameColumn));
        return org;
    }

    private static void subOrganisationOf(IngestContext.Row row, Iris iris, Node org, String parent, int column) {
        row.add(org, ORG.subOrganizationOf.asNode(), iris.organisation(SCHEME, parent))
                .column(ORG.subOrganizationOf.asNode(), column);
    }

    private static void describe(IngestContext.Row row, Node subject, String text, int column) {
        row.add(subject, DCTerms.description.asNode(), NodeFactory.createLiteralLang(text, "en"))
                .column(DCTerms.description.asNode(), column);
    }

    /** Adds a web address under {@code property}, or a quality note when the field is not one. */
    private static void page(IngestContext.Row row, Iris iris, Node org, String id, CsvRow csv, String column, Node property) {
        csv.text(column).ifPresent(url -> WebAddress.parse(url).ifPresentOrElse(
                iri -> row.add(org, property, iri).column(property, csv.column(column)),
                () -> QualityNote.add(row, iris, SCHEME, org, "org", id, column, column + " '" + url
                        + "' is not an absolute http(s) web address, so it is left out.")));
    }

    /** Where an organisation was read and which parents it names. */
    private record Parent(long line, String ministry, String department) {
    }

    /** The ministries, departments and agencies read so far. */
    private static final class Organisations {
        final Keys<Parent> ministries = new Keys<>("ministry", MINISTRIES);
        final Keys<Parent> departments = new Keys<>("department", DEPARTMENTS);
        final Keys<Parent> agencies = new Keys<>("agency", AGENCIES);
    }

    /** A key that was accepted, with what was kept of its row. */
    record Known<T>(String key, T value) {
    }

    /** The keys of one file: where each was first seen, and those whose row was accepted. */
    static final class Keys<T> {
        private final String what;
        private final String fileName;
        private final Map<String, Long> firstLine = new HashMap<>();
        private final Map<String, T> accepted = new HashMap<>();

        Keys(String what, String fileName) {
            this.what = what;
            this.fileName = fileName;
        }

        /** Reads the key column and fails when an earlier row already had that key. */
        String firstSight(CsvRow csv, String column) {
            String key = csv.requireText(column);
            Long first = firstLine.putIfAbsent(key, csv.line());
            if (first != null) {
                throw new RowException(csv.column(column), "duplicate " + column + " '" + key + "' (first at line " + first + ")");
            }
            return key;
        }

        void accepted(String key, T value) {
            accepted.put(key, value);
        }

        /** Reads a column that refers to one of these keys; fails when the key is unknown or its row was rejected. */
        Known<T> reference(CsvRow csv, String column) {
            String key = csv.requireText(column);
            T value = accepted.get(key);
            if (value != null) {
                return new Known<>(key, value);
            }
            Long line = firstLine.get(key);
            throw new RowException(csv.column(column), line == null
                    ? column + " '" + key + "' is not a " + what + " of " + fileName
                    : column + " '" + key + "' refers to the " + what + " at " + fileName + " line " + line + ", which was rejected");
        }
    }
}

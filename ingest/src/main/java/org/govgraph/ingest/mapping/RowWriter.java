package org.govgraph.ingest.mapping;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.govgraph.ingest.CodeList;
import org.govgraph.ingest.IngestContext;
import org.govgraph.ingest.RowException;
import org.govgraph.model.Iris;
import org.govgraph.model.Stage;
import org.govgraph.model.vocab.CPSV;
import org.govgraph.model.vocab.CV;
import org.govgraph.model.vocab.GG;
import org.govgraph.model.vocab.ORG;

/**
 * Turns one table row into the triples its mapping says, or throws {@link RowException}
 * at the column at fault. Checks come before triples, in the order a reader of the row
 * would make them: the key, the names, the organisation referred to, then the rest.
 */
final class RowWriter {
    static final String DEFAULT_INVALID_NOTE = "{column} '{value}' is not an absolute http(s) web address, so it is left out.";
    /** The properties a web-address column can become, by the name a mapping gives them. */
    static final Map<String, Node> LINK_PROPERTIES = Map.of(
            "foaf:page", FOAF.page.asNode(),
            "foaf:homepage", FOAF.homepage.asNode(),
            "foaf:logo", FOAF.logo.asNode());

    /** The volumes a report column can count, by the name a mapping gives them. */
    static final Map<String, Node> VOLUME_PROPERTIES = Map.of(
            "numPhoneEnquiries", GG.numPhoneEnquiries.asNode(),
            "numWebsiteVisits", GG.numWebsiteVisits.asNode(),
            "numApplicationsOnline", GG.numApplicationsOnline.asNode(),
            "numApplicationsByPhone", GG.numApplicationsByPhone.asNode(),
            "numApplicationsInPerson", GG.numApplicationsInPerson.asNode(),
            "numApplicationsByMail", GG.numApplicationsByMail.asNode(),
            "numApplicationsByEmail", GG.numApplicationsByEmail.asNode(),
            "numApplicationsByFax", GG.numApplicationsByFax.asNode(),
            "numApplicationsByOther", GG.numApplicationsByOther.asNode(),
            "numApplicationsTotal", GG.numApplicationsTotal.asNode());

    private final Iris iris;
    private final String scheme;
    private final Map<String, TableKeys> keys;
    /** Per table, the columns later tables compare with through {@code same}. */
    private final Map<String, Set<String>> compared;
    private final Map<String, Node> channelNodes;
    private final CodeList channels = CodeList.channels();
    private final CodeList serviceTypes = CodeList.serviceTypes();
    /** The country of every organisation, when the mapping names it. */
    private final Node country;
    /** The names of the organisations described so far, per language: what a derived description names. */
    private final Map<Node, Map<String, String>> organisationNames = new HashMap<>();

    RowWriter(Iris iris, String scheme, Map<String, TableKeys> keys, Map<String, Set<String>> compared,
              Map<String, Node> channelNodes, String country) {
        this.iris = iris;
        this.country = country == null ? null : iris.country(country);
        this.scheme = scheme;
        this.keys = keys;
        this.compared = compared;
        this.channelNodes = channelNodes;
    }

    void organisation(Mapping.Table table, Cells cells, IngestContext.Row row) {
        Mapping.OrganisationRows o = table.organisation();
        String key = keys.get(table.name()).firstSight(cells, o.key());
        Map<String, String> names = required(cells, o.name());
        Node parent = o.parent() == null ? null : organisationReferred(o.parent(), cells, row);
        Node org = describeOrganisation(row, cells, key, names, o.name());
        texts(row, cells, org, DCTerms.description.asNode(), o.description());
        if (parent != null) {
            row.add(org, ORG.subOrganizationOf.asNode(), parent).column(ORG.subOrganizationOf.asNode(),
                    cells.column(o.parent().table() != null ? o.parent().column() : o.parent().key()));
        }
        links(row, cells, org, "org", key, o.links());
        Map<String, String> kept = new HashMap<>();
        for (String column : compared.getOrDefault(table.name(), Set.of())) {
            cells.text(column).ifPresent(v -> kept.put(column, v));
        }
        keys.get(table.name()).accepted(key, cells.line(), kept);
    }

    void service(Mapping.Table table, Cells cells, IngestContext.Row row) {
        Mapping.ServiceRows s = table.service();
        String key = keys.get(table.name()).firstSight(cells, s.key());
        Map<String, String> titles = required(cells, s.title());
        Node authority = s.authority() == null ? null : organisationReferred(s.authority(), cells, row);
        Node service = iris.service(scheme, key);
        row.add(service, RDF.type.asNode(), CPSV.PublicService.asNode());
        row.add(service, DCTerms.identifier.asNode(), NodeFactory.createLiteralString(key));
        titles.forEach((lang, text) -> row.add(service, DCTerms.title.asNode(), NodeFactory.createLiteralLang(text, lang)));
        row.column(DCTerms.title.asNode(), cells.column(s.title().values().iterator().next()));
        texts(row, cells, service, DCTerms.description.asNode(), s.description());
        if (s.derivedDescription() != null && !hasText(cells, s.description())) {
            deriveDescription(row, service, key, authority, s.derivedDescription());
        }
        if (authority != null) {
            row.add(service, CV.hasCompetentAuthority.asNode(), authority).column(CV.hasCompetentAuthority.asNode(),
                    cells.column(s.authority().table() != null ? s.authority().column() : s.authority().key()));
        }
        for (Node channel : concepts(cells, s.channels(), channels)) {
            row.add(service, CV.hasChannel.asNode(), channel);
        }
        if (s.channels() != null && s.channels().column() != null) {
            row.column(CV.hasChannel.asNode(), cells.column(s.channels().column()));
        }
        for (Node type : concepts(cells, s.types(), serviceTypes)) {
            row.add(service, DCTerms.type.asNode(), type);
        }
        if (s.types() != null && s.types().column() != null) {
            row.column(DCTerms.type.asNode(), cells.column(s.types().column()));
        }
        if (s.related() != null) {
            s.related().forEach(k -> row.add(service, DCTerms.relation.asNode(), channelNodes.get(k)));
        }
        if (s.stages() != null) {
            stages(row, cells, service, s.stages());
        }
        links(row, cells, service, "service", key, s.links());
        if (s.report() != null) {
            report(row, cells, service, key, s.report());
        }
    }

    /** The row's fiscal year as a report of the service, with its volumes; the one report is also the latest. */
    private void report(IngestContext.Row row, Cells cells, Node service, String key, Mapping.Report r) {
        String column = r.fiscalYear();
        String year = cells.requireText(column);
        if (!org.govgraph.ingest.FiscalYear.is(year)) {
            throw new RowException(cells.column(column), column + " is not a fiscal year such as 2023-2024: '" + year + "'");
        }
        Node report = iris.serviceReport(scheme, key, year);
        row.add(service, GG.report.asNode(), report);
        row.add(service, GG.latestReport.asNode(), report);
        row.add(report, RDF.type.asNode(), GG.ServiceReport.asNode());
        row.add(report, GG.fiscalYear.asNode(), NodeFactory.createLiteralString(year)).column(GG.fiscalYear.asNode(),
                cells.column(column));
        if (r.volumes() == null) {
            return;
        }
        r.volumes().forEach((volumeColumn, name) -> {
            Node property = VOLUME_PROPERTIES.get(name);
            cells.text(volumeColumn).filter(v -> r.absent() == null || !r.absent().contains(v)).ifPresent(v -> {
                java.math.BigInteger n;
                try {
                    n = new java.math.BigDecimal(v).stripTrailingZeros().toBigIntegerExact();
                } catch (NumberFormatException | ArithmeticException e) {
                    throw new RowException(cells.column(volumeColumn), volumeColumn + " is not a whole number: '" + v + "'"
                            + (r.absent() == null ? "" : " (no figure is written " + String.join(" or ", r.absent()) + ")"));
                }
                if (n.signum() < 0) {
                    throw new RowException(cells.column(volumeColumn), volumeColumn + " is a count and cannot be negative: " + n);
                }
                row.add(report, property, NodeFactory.createLiteralDT(n.toString(), XSDDatatype.XSDinteger))
                        .column(property, cells.column(volumeColumn));
            });
        });
    }

    /** The organisation a reference names: a row of an earlier table, or one described in this row. */
    private Node organisationReferred(Mapping.Reference r, Cells cells, IngestContext.Row row) {
        if (r.table() != null) {
            TableKeys table = keys.get(r.table());
            TableKeys.Known known = table.reference(cells, r.column());
            if (r.same() != null) {
                r.same().forEach((mine, theirs) -> table.requireSame(cells, mine, theirs, known));
            }
            return iris.organisation(scheme, known.key());
        }
        String key = cells.requireText(r.key());
        Map<String, String> names = required(cells, r.name());
        Node parent = r.parent() == null ? null : organisationReferred(r.parent(), cells, row);
        Node org = describeOrganisation(row, cells, key, names, r.name());
        if (parent != null) {
            row.add(org, ORG.subOrganizationOf.asNode(), parent);
        }
        return org;
    }

    private Node describeOrganisation(IngestContext.Row row, Cells cells, String key, Map<String, String> names,
                                      Map<String, String> nameColumns) {
        Node org = iris.organisation(scheme, key);
        row.add(org, RDF.type.asNode(), CV.PublicOrganisation.asNode());
        row.add(org, RDF.type.asNode(), ORG.Organization.asNode());
        row.add(org, DCTerms.identifier.asNode(), NodeFactory.createLiteralString(key));
        names.forEach((lang, name) -> row.add(org, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang(name, lang)));
        organisationNames.put(org, Map.copyOf(names));
        if (country != null) {
            row.add(org, DCTerms.spatial.asNode(), country);
        }
        row.column(SKOS.prefLabel.asNode(), cells.column(nameColumns.values().iterator().next()));
        return org;
    }

    private static boolean hasText(Cells cells, Map<String, String> columns) {
        return columns != null && columns.values().stream().anyMatch(c -> cells.text(c).isPresent());
    }

    /**
     * A description the source does not publish, derived from what it does (the competent
     * authority), in the languages the authority is named in, with a quality annotation
     * saying so, so that a reader can tell it from the publisher's words.
     */
    private void deriveDescription(IngestContext.Row row, Node service, String key, Node authority,
                                   Map<String, String> templates) {
        Map<String, String> names = authority == null ? Map.of() : organisationNames.getOrDefault(authority, Map.of());
        List<String> written = new ArrayList<>();
        templates.forEach((lang, template) -> {
            String name = names.get(lang);
            if (name != null || !template.contains("{authority}")) {
                String text = template.replace("{authority}", name == null ? "" : name);
                row.add(service, DCTerms.description.asNode(), NodeFactory.createLiteralLang(text, lang));
                written.add(lang);
            }
        });
        if (!written.isEmpty()) {
            QualityNote.add(row, iris, scheme, service, "service", key, "description",
                    "The source publishes no description of this service: govgraph derived the description ("
                            + String.join(", ", written) + ") from its competent authority.");
        }
    }

    /** Per language, the text of a column that must not be blank. */
    private static Map<String, String> required(Cells cells, Map<String, String> columns) {
        Map<String, String> texts = new LinkedHashMap<>();
        columns.forEach((lang, column) -> texts.put(lang, cells.requireText(column)));
        return texts;
    }

    private static void texts(IngestContext.Row row, Cells cells, Node subject, Node property, Map<String, String> columns) {
        if (columns == null) {
            return;
        }
        columns.forEach((lang, column) -> cells.text(column).ifPresent(text ->
                row.add(subject, property, NodeFactory.createLiteralLang(text, lang)).column(property, cells.column(column))));
    }

    private List<Node> concepts(Cells cells, Mapping.Codes codes, CodeList list) {
        List<Node> concepts = new ArrayList<>();
        if (codes == null) {
            return concepts;
        }
        if (codes.fixed() != null) {
            codes.fixed().forEach(n -> concepts.add(list.concept(n).orElseThrow()));
            return concepts;
        }
        String field = cells.text(codes.column()).orElse("");
        List<String> parts = codes.separator() == null ? List.of(field)
                : List.of(field.split(java.util.regex.Pattern.quote(codes.separator()), -1));
        for (String part : parts) {
            String code = part.strip();
            if (code.isEmpty()) {
                continue;
            }
            String notation = codes.codes() == null ? code : codes.codes().get(code);
            if (notation == null) {
                throw new RowException(cells.column(codes.column()), codes.column() + " has '" + code
                        + "', which is not one of the codes the mapping gives: " + new java.util.TreeSet<>(codes.codes().keySet()));
            }
            concepts.add(list.concept(notation).orElseThrow(() -> new RowException(cells.column(codes.column()),
                    codes.column() + " has '" + code + "', which is not a known " + list.name() + " code")));
        }
        return concepts;
    }

    /** Each stage's status node on the service, and whether the service is online end to end. */
    private void stages(IngestContext.Row row, Cells cells, Node service, Mapping.Stages stages) {
        List<Resource> statuses = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            String column = stages.columns().get(stage.key());
            if (column == null) {
                continue;
            }
            Resource status = status(cells, column, stages.codes());
            statuses.add(status);
            Node node = iris.stageStatus(service, stage.key());
            row.add(service, GG.onlineStage.asNode(), node);
            row.add(node, RDF.type.asNode(), GG.StageStatus.asNode());
            row.add(node, GG.stage.asNode(), stage.concept().asNode());
            row.add(node, GG.status.asNode(), status.asNode());
        }
        row.add(service, GG.endToEndOnline.asNode(), NodeFactory.createLiteralDT(
                Boolean.toString(Stage.endToEndOnline(statuses)), XSDDatatype.XSDboolean));
    }

    private static Resource status(Cells cells, String column, Mapping.StageCodes codes) {
        String v = cells.text(column).orElse("");
        if (codes.online().contains(v)) {
            return GG.Online;
        }
        if (codes.offline().contains(v)) {
            return GG.Offline;
        }
        if (codes.notApplicable() != null && codes.notApplicable().contains(v)) {
            return GG.NotApplicable;
        }
        throw new RowException(cells.column(column), column + " must be " + String.join(" or ", codes.online())
                + " (online), " + String.join(" or ", codes.offline()) + " (offline)"
                + (codes.notApplicable() == null || codes.notApplicable().isEmpty() ? ""
                        : " or " + String.join(" or ", codes.notApplicable()) + " (not applicable)") + ", not '" + v + "'");
    }

    /** Adds each web address under its property, or a quality note when the field is not one. */
    private void links(IngestContext.Row row, Cells cells, Node subject, String kind, String key, List<Mapping.Link> links) {
        if (links == null) {
            return;
        }
        for (Mapping.Link link : links) {
            Node property = LINK_PROPERTIES.get(link.property());
            cells.text(link.column()).ifPresent(url -> WebAddress.parse(url).ifPresentOrElse(
                    iri -> row.add(subject, property, iri).column(property, cells.column(link.column())),
                    () -> QualityNote.add(row, iris, scheme, subject, kind, key, link.column(),
                            (link.invalidNote() == null ? DEFAULT_INVALID_NOTE : link.invalidNote())
                                    .replace("{column}", link.column()).replace("{value}", url))));
        }
    }
}

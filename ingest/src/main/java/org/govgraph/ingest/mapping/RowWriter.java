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
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.govgraph.ingest.CodeList;
import org.govgraph.ingest.IngestContext;
import org.govgraph.ingest.QualityNote;
import org.govgraph.ingest.RowException;
import org.govgraph.ingest.WebAddress;
import org.govgraph.model.Iris;
import org.govgraph.model.Stage;
import org.govgraph.model.vocab.CPSV;
import org.govgraph.model.vocab.CV;
import org.govgraph.model.vocab.DCAT3;
import org.govgraph.model.vocab.GG;
import org.govgraph.model.vocab.ORG;

/**
 * Turns one table row into the triples its mapping says, or throws {@link RowException}
 * at the column at fault. Checks come before triples, in the order a reader of the row
 * would make them: the key, the names, the organisation referred to, then the rest.
 */
final class RowWriter {
    static final String DEFAULT_INVALID_NOTE =
            "{column} '{value}' is not an absolute http(s) web address, so it is left out.";
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

    /** The properties a column of the source's own concepts can become, by the name a mapping gives them. */
    static final Map<String, Node> CONCEPT_PROPERTIES = Map.of(
            "dct:audience", DCTerms.audience.asNode(),
            "cv:thematicArea", CV.thematicArea.asNode(),
            "cv:sector", CV.sector.asNode());

    private final Iris iris;
    private final String scheme;
    private final Map<String, Mapping.ConceptScheme> conceptSchemes;
    /** Per organisation key described in rows, the names the first row gave it: its preferred names. */
    private final Map<String, Map<String, String>> firstNames = new HashMap<>();

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

    RowWriter(
            Iris iris,
            String scheme,
            Map<String, Mapping.ConceptScheme> conceptSchemes,
            Map<String, TableKeys> keys,
            Map<String, Set<String>> compared,
            Map<String, Node> channelNodes,
            String country) {
        this.iris = iris;
        this.country = country == null ? null : iris.country(country);
        this.scheme = scheme;
        this.conceptSchemes = conceptSchemes == null ? Map.of() : conceptSchemes;
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
            row.add(org, ORG.subOrganizationOf.asNode(), parent)
                    .column(
                            ORG.subOrganizationOf.asNode(),
                            cells.column(
                                    o.parent().table() != null
                                            ? o.parent().column()
                                            : o.parent().key()));
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
        titles.forEach(
                (lang, text) -> row.add(service, DCTerms.title.asNode(), NodeFactory.createLiteralLang(text, lang)));
        row.column(
                DCTerms.title.asNode(),
                cells.column(s.title().values().iterator().next()));
        texts(row, cells, service, DCTerms.description.asNode(), s.description());
        texts(row, cells, service, DCTerms.alternative.asNode(), s.alternative());
        texts(row, cells, service, DCAT3.keyword.asNode(), s.keywords());
        if (s.derivedDescription() != null && !hasText(cells, s.description())) {
            deriveDescription(row, service, key, authority, s.derivedDescription());
        }
        if (authority != null) {
            row.add(service, CV.hasCompetentAuthority.asNode(), authority)
                    .column(
                            CV.hasCompetentAuthority.asNode(),
                            cells.column(
                                    s.authority().table() != null
                                            ? s.authority().column()
                                            : s.authority().key()));
        }
        Set<Node> serviceChannels = new java.util.LinkedHashSet<>(concepts(cells, s.channels(), channels));
        List<Resource> stepStatuses =
                s.steps() == null ? List.of() : steps(row, cells, service, s.steps(), serviceChannels);
        for (Node channel : serviceChannels) {
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
        if (s.concepts() != null) {
            s.concepts().forEach(c -> sourceConcepts(row, cells, service, c));
        }
        Boolean fee = flag(cells, s.fee());
        if (fee != null) {
            row.add(service, GG.serviceFee.asNode(), bool(fee))
                    .column(GG.serviceFee.asNode(), cells.column(s.fee().column()));
        }
        Boolean digital = flag(cells, s.digital());
        if (digital != null) {
            row.add(service, GG.declaredDigital.asNode(), bool(digital))
                    .column(
                            GG.declaredDigital.asNode(),
                            cells.column(s.digital().column()));
        }
        if (s.steps() != null) {
            // The rule for steps (gg:endToEndOnline in the ontology): declared digital when the mapping
            // reads the declaration, at least one step, and an online channel at every step.
            boolean online = (s.digital() == null || Boolean.TRUE.equals(digital))
                    && !stepStatuses.isEmpty()
                    && stepStatuses.stream().allMatch(GG.Online::equals);
            row.add(service, GG.endToEndOnline.asNode(), bool(online));
        }
    }

    /**
     * Each step of the service, numbered in document order: its title and description, its
     * channels as govgraph's concepts with each original code kept ({@code gg:publishedChannel}),
     * and whether it is online (one of its channels is {@code ONL}). The channels are added to
     * {@code serviceChannels} too.
     */
    private List<Resource> steps(
            IngestContext.Row row, Cells cells, Node service, Mapping.Steps steps, Set<Node> serviceChannels) {
        List<Resource> statuses = new ArrayList<>();
        Node online = channels.concept("ONL").orElseThrow();
        int n = 0;
        for (Cells step : cells.records(steps.path())) {
            n++;
            Node node = NodeFactory.createURI(service.getURI() + "/step/" + n);
            row.add(service, GG.step.asNode(), node);
            row.add(node, RDF.type.asNode(), GG.ServiceStep.asNode());
            row.add(
                    node,
                    GG.position.asNode(),
                    NodeFactory.createLiteralDT(Integer.toString(n), XSDDatatype.XSDinteger));
            texts(row, step, node, DCTerms.title.asNode(), steps.title());
            texts(row, step, node, DCTerms.description.asNode(), steps.description());
            List<Node> found = concepts(step, steps.channels(), channels);
            for (Node channel : new java.util.LinkedHashSet<>(found)) {
                row.add(node, CV.hasChannel.asNode(), channel);
            }
            if (steps.channels() != null && steps.channels().column() != null) {
                for (String original : new java.util.LinkedHashSet<>(
                        step.texts(steps.channels().column()))) {
                    row.add(node, GG.publishedChannel.asNode(), NodeFactory.createLiteralString(original));
                }
            }
            serviceChannels.addAll(found);
            Resource status = found.contains(online) ? GG.Online : GG.Offline;
            row.add(node, GG.status.asNode(), status.asNode());
            statuses.add(status);
        }
        return statuses;
    }

    /** The values of a column as concepts of one of the source's own schemes, each described in the row. */
    private void sourceConcepts(IngestContext.Row row, Cells cells, Node service, Mapping.ConceptColumn c) {
        Mapping.ConceptScheme cs = conceptSchemes.get(c.scheme());
        Node schemeNode = conceptScheme(c.scheme());
        Node property = CONCEPT_PROPERTIES.get(c.property());
        for (String value : cells.texts(c.column())) {
            Node concept = iris.id("concept", scheme, c.scheme(), slug(value));
            row.add(concept, RDF.type.asNode(), SKOS.Concept.asNode());
            row.add(concept, SKOS.inScheme.asNode(), schemeNode);
            row.add(concept, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang(value, cs.language()));
            row.add(service, property, concept).column(property, cells.column(c.column()));
        }
    }

    /** A concept scheme of the source's own, {@code id/scheme/{iri-scheme}/{key}}. */
    Node conceptScheme(String key) {
        return iris.id("scheme", scheme, key);
    }

    /**
     * A value as an IRI segment: lower case, accents folded, runs of anything else one hyphen,
     * so that {@code Órgãos e Entidades Públicas} is {@code orgaos-e-entidades-publicas}.
     */
    static String slug(String value) {
        String folded = java.text.Normalizer.normalize(value, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "");
        String slug = folded.toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "");
        return slug.isEmpty() ? value : slug;
    }

    /** A yes-or-no field: true, false, or null when blank or not mapped; anything else rejects the row. */
    private static Boolean flag(Cells cells, Mapping.Flag flag) {
        if (flag == null) {
            return null;
        }
        String v = cells.text(flag.column()).orElse(null);
        if (v == null) {
            return null;
        }
        if (flag.yes().contains(v)) {
            return true;
        }
        if (flag.no().contains(v)) {
            return false;
        }
        throw new RowException(
                cells.column(flag.column()),
                flag.column() + " must be " + String.join(" or ", flag.yes()) + " (yes) or "
                        + String.join(" or ", flag.no()) + " (no), not '" + v + "'");
    }

    private static Node bool(boolean value) {
        return NodeFactory.createLiteralDT(Boolean.toString(value), XSDDatatype.XSDboolean);
    }

    /** The row's fiscal year as a report of the service, with its volumes; the one report is also the latest. */
    private void report(IngestContext.Row row, Cells cells, Node service, String key, Mapping.Report r) {
        String column = r.fiscalYear();
        String year = cells.requireText(column);
        if (!org.govgraph.ingest.FiscalYear.is(year)) {
            throw new RowException(
                    cells.column(column), column + " is not a fiscal year such as 2023-2024: '" + year + "'");
        }
        Node report = iris.serviceReport(scheme, key, year);
        row.add(service, GG.report.asNode(), report);
        row.add(service, GG.latestReport.asNode(), report);
        row.add(report, RDF.type.asNode(), GG.ServiceReport.asNode());
        row.add(report, GG.fiscalYear.asNode(), NodeFactory.createLiteralString(year))
                .column(GG.fiscalYear.asNode(), cells.column(column));
        if (r.volumes() == null) {
            return;
        }
        r.volumes().forEach((volumeColumn, name) -> {
            Node property = VOLUME_PROPERTIES.get(name);
            cells.text(volumeColumn)
                    .filter(v -> r.absent() == null || !r.absent().contains(v))
                    .ifPresent(v -> {
                        java.math.BigInteger n;
                        try {
                            n = new java.math.BigDecimal(v).stripTrailingZeros().toBigIntegerExact();
                        } catch (NumberFormatException | ArithmeticException e) {
                            throw new RowException(
                                    cells.column(volumeColumn),
                                    volumeColumn + " is not a whole number: '" + v + "'"
                                            + (r.absent() == null
                                                    ? ""
                                                    : " (no figure is written " + String.join(" or ", r.absent())
                                                            + ")"));
                        }
                        if (n.signum() < 0) {
                            throw new RowException(
                                    cells.column(volumeColumn),
                                    volumeColumn + " is a count and cannot be negative: " + n);
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
        if (r.match() != null) {
            java.util.regex.Matcher m =
                    java.util.regex.Pattern.compile(r.match()).matcher(key);
            if (!m.matches()) {
                throw new RowException(
                        cells.column(r.key()),
                        r.key() + " '" + key + "' is not an organisation key as the" + " mapping writes them ("
                                + r.match() + ")");
            }
            key = m.groupCount() > 0 && m.group(1) != null ? m.group(1) : key;
        }
        Map<String, String> names = required(cells, r.name());
        Node parent = r.parent() == null ? null : organisationReferred(r.parent(), cells, row);
        Node org = describeOrganisation(row, cells, key, names, r.name());
        if (parent != null) {
            row.add(org, ORG.subOrganizationOf.asNode(), parent);
        }
        if (r.sameAs() != null) {
            row.add(org, OWL.sameAs.asNode(), NodeFactory.createURI(r.sameAs().replace("{key}", key)));
        }
        return org;
    }

    private Node describeOrganisation(
            IngestContext.Row row,
            Cells cells,
            String key,
            Map<String, String> names,
            Map<String, String> nameColumns) {
        Node org = iris.organisation(scheme, key);
        row.add(org, RDF.type.asNode(), CV.PublicOrganisation.asNode());
        row.add(org, RDF.type.asNode(), ORG.Organization.asNode());
        row.add(org, DCTerms.identifier.asNode(), NodeFactory.createLiteralString(key));
        // Rows may spell one organisation's name differently: the first spelling is its name
        // (repeated by every row, so that it stays whichever rows are rejected), the others alternatives.
        Map<String, String> first = firstNames.computeIfAbsent(key, k -> new HashMap<>(names));
        names.forEach((lang, name) -> {
            String preferred = first.computeIfAbsent(lang, l -> name);
            row.add(org, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang(preferred, lang));
            if (!preferred.equals(name)) {
                row.add(org, SKOS.altLabel.asNode(), NodeFactory.createLiteralLang(name, lang));
            }
        });
        organisationNames.put(org, Map.copyOf(first));
        if (country != null) {
            row.add(org, DCTerms.spatial.asNode(), country);
        }
        row.column(
                SKOS.prefLabel.asNode(),
                cells.column(nameColumns.values().iterator().next()));
        return org;
    }

    private static boolean hasText(Cells cells, Map<String, String> columns) {
        return columns != null
                && columns.values().stream().anyMatch(c -> cells.text(c).isPresent());
    }

    /**
     * A description the source does not publish, derived from what it does (the competent
     * authority), in the languages the authority is named in, with a quality annotation
     * saying so, so that a reader can tell it from the publisher's words.
     */
    private void deriveDescription(
            IngestContext.Row row, Node service, String key, Node authority, Map<String, String> templates) {
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
            QualityNote.add(
                    row,
                    iris,
                    scheme,
                    service,
                    "service",
                    key,
                    "description",
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

    private static void texts(
            IngestContext.Row row, Cells cells, Node subject, Node property, Map<String, String> columns) {
        if (columns == null) {
            return;
        }
        columns.forEach((lang, column) -> {
            for (String text : cells.texts(column)) {
                row.add(subject, property, NodeFactory.createLiteralLang(text, lang))
                        .column(property, cells.column(column));
            }
        });
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
        List<String> fields = cells.texts(codes.column());
        for (int i = 0; i < fields.size(); i++) {
            int column = cells.column(codes.column(), i);
            List<String> parts = codes.separator() == null
                    ? List.of(fields.get(i))
                    : List.of(fields.get(i).split(java.util.regex.Pattern.quote(codes.separator()), -1));
            for (String part : parts) {
                String code = part.strip();
                if (code.isEmpty()) {
                    continue;
                }
                String notation = codes.codes() == null ? code : codes.codes().get(code);
                if (notation == null) {
                    throw new RowException(
                            column,
                            codes.column() + " has '" + code + "', which is not one of the codes the mapping gives: "
                                    + new java.util.TreeSet<>(codes.codes().keySet()));
                }
                concepts.add(list.concept(notation)
                        .orElseThrow(() -> new RowException(
                                column,
                                codes.column() + " has '" + code + "', which is not a known " + list.name()
                                        + " code")));
            }
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
        row.add(
                service,
                GG.endToEndOnline.asNode(),
                NodeFactory.createLiteralDT(Boolean.toString(Stage.endToEndOnline(statuses)), XSDDatatype.XSDboolean));
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
        throw new RowException(
                cells.column(column),
                column + " must be " + String.join(" or ", codes.online())
                        + " (online), " + String.join(" or ", codes.offline()) + " (offline)"
                        + (codes.notApplicable() == null
                                        || codes.notApplicable().isEmpty()
                                ? ""
                                : " or " + String.join(" or ", codes.notApplicable()) + " (not applicable)")
                        + ", not '" + v + "'");
    }

    /** Adds each web address under its property, or a quality note when the field is not one. */
    private void links(
            IngestContext.Row row, Cells cells, Node subject, String kind, String key, List<Mapping.Link> links) {
        if (links == null) {
            return;
        }
        for (Mapping.Link link : links) {
            Node property = LINK_PROPERTIES.get(link.property());
            cells.text(link.column())
                    .ifPresent(url -> WebAddress.parse(url)
                            .ifPresentOrElse(
                                    iri -> row.add(subject, property, iri)
                                            .column(property, cells.column(link.column())),
                                    () -> QualityNote.add(
                                            row,
                                            iris,
                                            scheme,
                                            subject,
                                            kind,
                                            key,
                                            link.column(),
                                            (link.invalidNote() == null ? DEFAULT_INVALID_NOTE : link.invalidNote())
                                                    .replace("{column}", link.column())
                                                    .replace("{value}", url))));
        }
    }
}

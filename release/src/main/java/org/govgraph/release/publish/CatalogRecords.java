package org.govgraph.release.publish;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.govgraph.model.Iris;
import org.govgraph.model.store.Release;
import org.govgraph.model.vocab.ADMS;
import org.govgraph.model.vocab.DCAT3;
import org.govgraph.model.vocab.GG;
import org.govgraph.model.vocab.PROV;
import org.govgraph.model.vocab.SPDX;
import org.govgraph.model.vocab.VOID;

/**
 * Writes the DCAT 3 / DCAT-AP 3 and VoID description of published releases into the
 * catalog graph, beside what the store and the ingest already record (the series with its
 * title, publisher and licence; each release with its id, issue date, size and PROV-O).
 *
 * <p>A release gains its version, version notes, {@code dcat:prev}, temporal and spatial
 * coverage and one {@code dcat:Distribution} per file (download URL, media type, format,
 * compression, size, SHA-256). Those triples are written once and never change. The series
 * (one {@code dcat:DatasetSeries} per source, also a {@code void:Dataset}) points at its
 * first release and carries the coverage, size and dumps of its latest published one;
 * the {@code dcat:Catalog} lists every series and release.
 */
public final class CatalogRecords {
    /** The licence of the catalog's own metadata: anyone may copy the descriptions. */
    static final String METADATA_LICENSE = "http://creativecommons.org/publicdomain/zero/1.0/";

    private static final Node DISTRIBUTION_STATUS =
            NodeFactory.createURI("http://publications.europa.eu/resource/authority/distribution-status");
    /** The status of a distribution whose files were deleted (the EU Vocabularies' distribution-status table). */
    static final Node WITHDRAWN = NodeFactory.createURI(DISTRIBUTION_STATUS.getURI() + "/WITHDRAWN");

    /** POWDER's {@code describedby}, the relation of a CSV file to its CSVW metadata. */
    static final Node DESCRIBED_BY = NodeFactory.createURI("http://www.w3.org/2007/05/powder-s#describedby");
    /** A keyword every govgraph data set is found by. */
    static final Node KEYWORD = NodeFactory.createLiteralLang("e-government", "en");

    private final Iris iris;

    CatalogRecords(Iris iris) {
        this.iris = iris;
    }

    /** The public download address of a published file. */
    String downloadUrl(String sourceId, String releaseId, String fileName) {
        return iris.base() + "download/" + Iris.segment(sourceId) + "/" + Iris.segment(releaseId) + "/"
                + Iris.segment(fileName);
    }

    /** What a release's publication adds; {@code number} counts releases of the source from 1. */
    record Publication(
            Release release,
            Release first,
            Optional<Release> previous,
            int number,
            Coverage coverage,
            List<PublishedFile> files,
            List<CsvTable> tables,
            Set<String> vocabularies) {}

    /** True when the release's distributions are in the catalog graph. */
    boolean isRecorded(Graph catalog, Release release) {
        return catalog.contains(
                iris.release(release.sourceId(), release.releaseId()), DCAT3.distribution.asNode(), Node.ANY);
    }

    /** True when the catalog offers the release's files for download (recorded and not withdrawn). */
    boolean isDownloadable(Graph catalog, String sourceId, String releaseId) {
        Node r = iris.release(sourceId, releaseId);
        return catalog.find(r, DCAT3.distribution.asNode(), Node.ANY).toList().stream()
                .anyMatch(t -> catalog.contains(t.getObject(), DCAT3.downloadURL.asNode(), Node.ANY));
    }

    /**
     * Withdraws a release's downloads in the catalog graph: each distribution keeps its record
     * (file name, size, SHA-256, so that a citation of it can still be checked against a copy)
     * but loses its download address, its access address becomes the release's own page, and
     * it is marked withdrawn (EU distribution-status vocabulary) at {@code when}. Call inside
     * a write transaction.
     */
    void withdraw(Graph catalog, Release release, Instant when) {
        Node r = iris.release(release.sourceId(), release.releaseId());
        for (Triple t : catalog.find(r, DCAT3.distribution.asNode(), Node.ANY).toList()) {
            Node dist = t.getObject();
            catalog.remove(dist, DCAT3.downloadURL.asNode(), Node.ANY);
            catalog.remove(dist, DCAT3.accessURL.asNode(), Node.ANY);
            add(catalog, dist, DCAT3.accessURL.asNode(), r);
            add(catalog, dist, ADMS.status.asNode(), WITHDRAWN);
            add(catalog, WITHDRAWN, RDF.type.asNode(), SKOS.Concept.asNode());
            add(catalog, WITHDRAWN, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang("Withdrawn", "en"));
            add(catalog, WITHDRAWN, SKOS.inScheme.asNode(), DISTRIBUTION_STATUS);
            add(catalog, dist, PROV.invalidatedAtTime.asNode(), dateTime(when));
        }
    }

    /** Adds a publication to the catalog graph; call inside a write transaction. */
    void record(Graph catalog, Publication p) {
        Release release = p.release();
        String sourceId = release.sourceId();
        Node r = iris.release(sourceId, release.releaseId());
        Node series = iris.dataset(sourceId);
        Optional<Node> license = object(catalog, series, DCTerms.license.asNode());
        String title = object(catalog, series, DCTerms.title.asNode())
                .map(Node::getLiteralLexicalForm)
                .orElse(sourceId);

        add(catalog, r, DCAT3.version.asNode(), NodeFactory.createLiteralString(release.releaseId()));
        add(
                catalog,
                r,
                ADMS.versionNotes.asNode(),
                NodeFactory.createLiteralLang(versionNotes(catalog, p, title), "en"));
        p.previous().ifPresent(prev -> add(catalog, r, DCAT3.prev.asNode(), iris.release(sourceId, prev.releaseId())));
        license.ifPresent(l -> add(catalog, r, DCTerms.license.asNode(), l));
        describeCoverage(catalog, r, p.coverage());

        for (PublishedFile f : p.files()) {
            Node dist = iris.distribution(sourceId, release.releaseId(), f.fileName());
            Node url = NodeFactory.createURI(downloadUrl(sourceId, release.releaseId(), f.fileName()));
            FileFormat format = f.format();
            add(catalog, r, DCAT3.distribution.asNode(), dist);
            add(catalog, dist, RDF.type.asNode(), DCAT3.Distribution.asNode());
            add(catalog, dist, DCTerms.title.asNode(), NodeFactory.createLiteralString(f.fileName()));
            add(
                    catalog,
                    dist,
                    DCTerms.description.asNode(),
                    NodeFactory.createLiteralLang(describe(format, f.fileName(), p.tables()), "en"));
            add(catalog, dist, DCAT3.downloadURL.asNode(), url);
            add(catalog, dist, DCAT3.accessURL.asNode(), url);
            add(catalog, dist, DCAT3.mediaType.asNode(), NodeFactory.createURI(format.mediaTypeIri()));
            add(catalog, dist, DCTerms.format.asNode(), NodeFactory.createURI(format.fileTypeIri()));
            format.compressFormatIri()
                    .ifPresent(c -> add(catalog, dist, DCAT3.compressFormat.asNode(), NodeFactory.createURI(c)));
            add(
                    catalog,
                    dist,
                    DCAT3.byteSize.asNode(),
                    NodeFactory.createLiteralDT(Long.toString(f.byteSize()), XSDDatatype.XSDnonNegativeInteger));
            add(catalog, dist, DCTerms.issued.asNode(), dateTime(release.issued()));
            license.ifPresent(l -> add(catalog, dist, DCTerms.license.asNode(), l));
            Node checksum = NodeFactory.createURI(dist.getURI() + "#sha256");
            add(catalog, dist, SPDX.checksum.asNode(), checksum);
            add(catalog, checksum, RDF.type.asNode(), SPDX.Checksum.asNode());
            add(catalog, checksum, SPDX.algorithm.asNode(), SPDX.checksumAlgorithm_sha256.asNode());
            add(
                    catalog,
                    checksum,
                    SPDX.checksumValue.asNode(),
                    NodeFactory.createLiteralDT(f.sha256(), XSDDatatype.XSDhexBinary));
            add(catalog, dist, CatalogReferences.AVAILABILITY, CatalogReferences.STABLE);
            conformsTo(format)
                    .ifPresent(std -> add(catalog, dist, DCTerms.conformsTo.asNode(), NodeFactory.createURI(std)));
            // A CSV table is described by its CSVW metadata file (the link relation CSVW itself uses).
            table(f.fileName(), p.tables())
                    .filter(t -> format == FileFormat.CSV)
                    .ifPresent(t -> add(
                            catalog,
                            dist,
                            DESCRIBED_BY,
                            NodeFactory.createURI(downloadUrl(sourceId, release.releaseId(), t.metadataFileName()))));
        }
        object(catalog, series, DCTerms.publisher.asNode())
                .ifPresent(a -> add(catalog, r, DCTerms.publisher.asNode(), a));
        describeSeries(catalog, p, series, r);
    }

    /**
     * Brings the {@code dcat:Catalog} node up to date with the series and releases in the
     * catalog graph; writes nothing when it already is. Call inside a write transaction.
     *
     * @return true when the graph changed
     */
    boolean refreshCatalog(Graph catalog) {
        Node cat = iris.catalog();
        Node agent = iris.id("agent", "govgraph");
        Set<Triple> wanted = new HashSet<>();
        wanted.add(Triple.create(cat, RDF.type.asNode(), DCAT3.Catalog.asNode()));
        wanted.add(Triple.create(
                cat, DCTerms.title.asNode(), NodeFactory.createLiteralLang("govgraph data catalog", "en")));
        wanted.add(Triple.create(
                cat,
                DCTerms.description.asNode(),
                NodeFactory.createLiteralLang(
                        "Government service inventories and UN E-Government Survey data as linked data: every data set is a "
                                + "series of releases, and every release has Turtle, N-Triples, JSON-LD and CSV downloads "
                                + "with SHA-256 checksums.",
                        "en")));
        wanted.add(Triple.create(cat, DCTerms.publisher.asNode(), agent));
        wanted.add(Triple.create(cat, DCTerms.license.asNode(), NodeFactory.createURI(METADATA_LICENSE)));
        wanted.add(Triple.create(cat, FOAF.homepage.asNode(), NodeFactory.createURI(iris.base())));
        wanted.add(Triple.create(agent, RDF.type.asNode(), FOAF.Agent.asNode()));
        wanted.add(Triple.create(agent, FOAF.name.asNode(), NodeFactory.createLiteralString("govgraph")));
        Instant modified = null;
        Instant issued = null;
        for (Triple t : catalog.find(Node.ANY, RDF.type.asNode(), DCAT3.DatasetSeries.asNode())
                .toList()) {
            wanted.add(Triple.create(cat, DCAT3.dataset.asNode(), t.getSubject()));
        }
        for (Triple t :
                catalog.find(Node.ANY, DCAT3.inSeries.asNode(), Node.ANY).toList()) {
            wanted.add(Triple.create(cat, DCAT3.dataset.asNode(), t.getSubject()));
            Optional<Node> released = object(catalog, t.getSubject(), DCTerms.issued.asNode());
            if (released.isPresent()) {
                Instant i = Instant.parse(released.get().getLiteralLexicalForm());
                modified = modified == null || i.isAfter(modified) ? i : modified;
                issued = issued == null || i.isBefore(issued) ? i : issued;
            }
        }
        if (modified != null) {
            wanted.add(Triple.create(cat, DCTerms.modified.asNode(), dateTime(modified)));
        }
        if (issued != null) {
            wanted.add(Triple.create(cat, DCTerms.issued.asNode(), dateTime(issued)));
        }
        wanted.add(Triple.create(cat, DCTerms.language.asNode(), CatalogReferences.ENGLISH));
        // The catalog covers the countries its series cover.
        for (Triple t : catalog.find(Node.ANY, RDF.type.asNode(), DCAT3.DatasetSeries.asNode())
                .toList()) {
            catalog.find(t.getSubject(), DCTerms.spatial.asNode(), Node.ANY)
                    .forEachRemaining(c -> wanted.add(Triple.create(cat, DCTerms.spatial.asNode(), c.getObject())));
        }
        wanted.add(Triple.create(
                cat, CatalogReferences.THEME_TAXONOMY, NodeFactory.createURI(CatalogReferences.DATA_THEME_SCHEME)));
        Set<Triple> present =
                new HashSet<>(catalog.find(cat, Node.ANY, Node.ANY).toList());
        present.addAll(catalog.find(agent, Node.ANY, Node.ANY).toList());
        boolean changed = !present.equals(wanted);
        if (changed) {
            present.forEach(catalog::delete);
            wanted.forEach(catalog::add);
        }
        // The data sets first: what they gain (themes, contact points) is then described as well.
        boolean added = addMissing(catalog, describeDatasets(catalog));
        added |= addMissing(catalog, CatalogReferences.describe(catalog));
        return changed || added;
    }

    private static boolean addMissing(Graph catalog, Set<Triple> triples) {
        triples.removeIf(catalog::contains);
        triples.forEach(catalog::add);
        return !triples.isEmpty();
    }

    /**
     * What DCAT-AP asks of every data set that the release records do not say by themselves:
     * a series is also a {@code dcat:Dataset} (DCAT 3 makes it a subclass; shapes do not
     * infer), every data set has a description (a release's: its title and its series'
     * description), the EU data theme, a keyword, and its series' publisher and contact point.
     */
    private Set<Triple> describeDatasets(Graph catalog) {
        Set<Triple> out = new HashSet<>();
        for (Triple t : catalog.find(Node.ANY, RDF.type.asNode(), DCAT3.DatasetSeries.asNode())
                .toList()) {
            Node series = t.getSubject();
            out.add(Triple.create(series, RDF.type.asNode(), DCAT3.Dataset.asNode()));
            describeDataset(catalog, series, series, out);
        }
        for (Triple t :
                catalog.find(Node.ANY, DCAT3.inSeries.asNode(), Node.ANY).toList()) {
            Node release = t.getSubject();
            Node series = t.getObject();
            if (!catalog.contains(release, DCTerms.description.asNode(), Node.ANY)) {
                String title = object(catalog, release, DCTerms.title.asNode())
                        .map(Node::getLiteralLexicalForm)
                        .orElse(release.getURI());
                String about = object(catalog, series, DCTerms.description.asNode())
                        .map(Node::getLiteralLexicalForm)
                        .orElse("");
                out.add(Triple.create(
                        release,
                        DCTerms.description.asNode(),
                        NodeFactory.createLiteralLang(
                                (title + ". One release of a dataset series, never changed once published. " + about)
                                        .trim(),
                                "en")));
            }
            describeDataset(catalog, release, series, out);
        }
        // A release's statistics cubes (dct:hasPart, written by the ingest) are data sets of their
        // own: described as their release is, and covering its countries.
        for (Triple t :
                catalog.find(Node.ANY, DCTerms.hasPart.asNode(), Node.ANY).toList()) {
            Node release = t.getSubject();
            Node part = t.getObject();
            Optional<Node> series = object(catalog, release, DCAT3.inSeries.asNode());
            if (series.isEmpty() || !catalog.contains(part, RDF.type.asNode(), DCAT3.Dataset.asNode())) {
                continue;
            }
            describeDataset(catalog, part, series.get(), out);
            for (Node covering : List.of(release, series.get())) {
                catalog.find(covering, DCTerms.spatial.asNode(), Node.ANY)
                        .forEachRemaining(c -> out.add(Triple.create(part, DCTerms.spatial.asNode(), c.getObject())));
            }
        }
        return out;
    }

    private void describeDataset(Graph catalog, Node dataset, Node series, Set<Triple> out) {
        out.add(Triple.create(dataset, DCAT3.theme.asNode(), CatalogReferences.THEME_GOVERNMENT));
        out.add(Triple.create(dataset, DCAT3.keyword.asNode(), KEYWORD));
        Optional<Node> publisher = object(catalog, series, DCTerms.publisher.asNode());
        publisher.ifPresent(a -> out.add(Triple.create(dataset, DCTerms.publisher.asNode(), a)));
        Optional<Node> source = object(catalog, series, DCTerms.source.asNode()).filter(Node::isURI);
        Optional<Node> name = publisher.flatMap(a -> object(catalog, a, FOAF.name.asNode()));
        if (source.isPresent() && dataset.equals(series)) {
            // The series is made from a data set its publisher publishes elsewhere: DCAT-AP wants that a dcat:Dataset
            // too.
            Node upstream = source.get();
            String title = object(catalog, series, DCTerms.title.asNode())
                    .map(Node::getLiteralLexicalForm)
                    .orElse("");
            out.add(Triple.create(upstream, RDF.type.asNode(), DCAT3.Dataset.asNode()));
            out.add(Triple.create(
                    upstream,
                    DCTerms.title.asNode(),
                    NodeFactory.createLiteralLang(title + ", as its publisher publishes it", "en")));
            out.add(Triple.create(
                    upstream,
                    DCTerms.description.asNode(),
                    NodeFactory.createLiteralLang(
                            "The data set published at " + upstream.getURI() + ", from which the govgraph series "
                                    + series.getURI() + " is made.",
                            "en")));
            out.add(Triple.create(upstream, DCAT3.landingPage.asNode(), upstream));
            out.add(Triple.create(upstream, RDF.type.asNode(), FOAF.Document.asNode()));
        }
        if (source.isPresent() && name.isPresent()) {
            // Who to ask about the data is its publisher, reached through the page it publishes the data on.
            Node contact = NodeFactory.createURI(series.getURI() + "#contact");
            out.add(Triple.create(dataset, DCAT3.contactPoint.asNode(), contact));
            out.add(Triple.create(contact, RDF.type.asNode(), VCARD_KIND));
            out.add(Triple.create(contact, RDF.type.asNode(), VCARD_ORGANIZATION));
            out.add(Triple.create(
                    contact,
                    VCARD_FN,
                    NodeFactory.createLiteralString(name.get().getLiteralLexicalForm())));
            out.add(Triple.create(contact, VCARD_HAS_URL, source.get()));
            if (dataset.equals(series)) {
                out.add(Triple.create(source.get(), DCAT3.contactPoint.asNode(), contact));
            }
        }
        if (source.isPresent() && dataset.equals(series)) {
            out.add(Triple.create(source.get(), DCAT3.theme.asNode(), CatalogReferences.THEME_GOVERNMENT));
            out.add(Triple.create(source.get(), DCAT3.keyword.asNode(), KEYWORD));
            catalog.find(series, DCTerms.spatial.asNode(), Node.ANY)
                    .forEachRemaining(
                            t -> out.add(Triple.create(source.get(), DCTerms.spatial.asNode(), t.getObject())));
            // Its publisher is the series' when one series alone is made from it (the Canadian ones share theirs).
            if (publisher.isPresent()
                    && catalog.find(Node.ANY, DCTerms.source.asNode(), source.get())
                                    .toList()
                                    .size()
                            == 1) {
                out.add(Triple.create(source.get(), DCTerms.publisher.asNode(), publisher.get()));
            }
        }
    }

    private static final Node VCARD_KIND = NodeFactory.createURI("http://www.w3.org/2006/vcard/ns#Kind");
    private static final Node VCARD_ORGANIZATION =
            NodeFactory.createURI("http://www.w3.org/2006/vcard/ns#Organization");
    private static final Node VCARD_FN = NodeFactory.createURI("http://www.w3.org/2006/vcard/ns#fn");
    private static final Node VCARD_HAS_URL = NodeFactory.createURI("http://www.w3.org/2006/vcard/ns#hasURL");

    /** The series: first release, and the coverage, size, dumps and vocabularies of the latest publication. */
    private void describeSeries(Graph catalog, Publication p, Node series, Node release) {
        catalog.remove(series, DCAT3.first.asNode(), Node.ANY);
        add(
                catalog,
                series,
                DCAT3.first.asNode(),
                iris.release(p.release().sourceId(), p.first().releaseId()));
        for (Node property : List.of(
                DCTerms.temporal.asNode(),
                DCTerms.spatial.asNode(),
                VOID.triples.asNode(),
                VOID.dataDump.asNode(),
                VOID.vocabulary.asNode(),
                VOID.sparqlEndpoint.asNode(),
                VOID.uriSpace.asNode())) {
            catalog.remove(series, property, Node.ANY);
        }
        // The series covers what its latest release covers: it points at that release's period.
        Node period = periodOf(release);
        if (catalog.contains(period, RDF.type.asNode(), DCTerms.PeriodOfTime.asNode())) {
            add(catalog, series, DCTerms.temporal.asNode(), period);
        }
        p.coverage().countries().forEach(c -> add(catalog, series, DCTerms.spatial.asNode(), c));
        add(catalog, series, RDF.type.asNode(), VOID.Dataset.asNode());
        add(
                catalog,
                series,
                VOID.triples.asNode(),
                NodeFactory.createLiteralDT(Long.toString(p.release().triples()), XSDDatatype.XSDinteger));
        add(catalog, series, VOID.sparqlEndpoint.asNode(), NodeFactory.createURI(iris.base() + "sparql"));
        add(catalog, series, VOID.uriSpace.asNode(), NodeFactory.createLiteralString(iris.base() + "id/"));
        for (PublishedFile f : p.files()) {
            if (f.format() == FileFormat.NTRIPLES_GZ || f.format() == FileFormat.TURTLE_GZ) {
                add(
                        catalog,
                        series,
                        VOID.dataDump.asNode(),
                        NodeFactory.createURI(
                                downloadUrl(p.release().sourceId(), p.release().releaseId(), f.fileName())));
            }
        }
        for (String ns : new TreeSet<>(p.vocabularies())) {
            add(catalog, series, VOID.vocabulary.asNode(), NodeFactory.createURI(ns));
        }
    }

    private static void describeCoverage(Graph catalog, Node release, Coverage coverage) {
        if (coverage.start().isPresent() || coverage.end().isPresent()) {
            Node period = periodOf(release);
            add(catalog, period, RDF.type.asNode(), DCTerms.PeriodOfTime.asNode());
            coverage.start().ifPresent(s -> add(catalog, period, DCAT3.startDate.asNode(), s));
            coverage.end().ifPresent(e -> add(catalog, period, DCAT3.endDate.asNode(), e));
            add(catalog, release, DCTerms.temporal.asNode(), period);
        }
        for (Node country : coverage.countries()) {
            add(catalog, release, DCTerms.spatial.asNode(), country);
        }
    }

    /** The period of time a release covers: a node of its own, under the release's IRI. */
    private static Node periodOf(Node release) {
        return NodeFactory.createURI(release.getURI() + "#period");
    }

    private String versionNotes(Graph catalog, Publication p, String title) {
        Release r = p.release();
        StringBuilder notes = new StringBuilder("Release ")
                .append(p.number())
                .append(" of ")
                .append(title)
                .append(", issued ")
                .append(r.issued())
                .append(": ")
                .append(r.triples())
                .append(" triples");
        Node node = iris.release(r.sourceId(), r.releaseId());
        Optional<Node> loaded = object(catalog, node, GG.rowsLoaded.asNode());
        Optional<Node> rejected = object(catalog, node, GG.rowsRejected.asNode());
        if (loaded.isPresent()) {
            notes.append(" from ").append(loaded.get().getLiteralLexicalForm()).append(" rows loaded");
            rejected.ifPresent(
                    n -> notes.append(" (").append(n.getLiteralLexicalForm()).append(" rejected)"));
        }
        p.previous().ifPresent(prev -> {
            long delta = r.triples() - prev.triples();
            notes.append("; the previous release, ")
                    .append(prev.releaseId())
                    .append(", had ")
                    .append(prev.triples())
                    .append(" triples (")
                    .append(delta >= 0 ? "+" : "")
                    .append(delta)
                    .append(")");
        });
        return notes.append('.').toString();
    }

    private static String describe(FileFormat format, String fileName, List<CsvTable> tables) {
        return switch (format) {
            case TURTLE_GZ -> "The whole release as Turtle, gzip-compressed.";
            case NTRIPLES_GZ -> "The whole release as N-Triples, one triple per line, gzip-compressed.";
            case JSONLD -> "The whole release as JSON-LD 1.1.";
            case CSV ->
                table(fileName, tables)
                        .map(t -> t.title() + ". " + t.description())
                        .orElse("A CSV table.");
            case CSVW_METADATA ->
                "CSV on the Web metadata: the columns, datatypes and properties of "
                        + fileName.replace(FileFormat.CSVW_METADATA.suffix(), FileFormat.CSV.suffix()) + ".";
        };
    }

    /** The standard a file conforms to: a CSV table to the CSVW tabular data model, its metadata to the CSVW metadata vocabulary. */
    private static Optional<String> conformsTo(FileFormat format) {
        return switch (format) {
            case CSV -> Optional.of(CatalogReferences.TABULAR_DATA_MODEL);
            case CSVW_METADATA -> Optional.of(CatalogReferences.TABULAR_METADATA);
            default -> Optional.empty();
        };
    }

    private static Optional<CsvTable> table(String fileName, List<CsvTable> tables) {
        return tables.stream().filter(t -> t.fileName().equals(fileName)).findFirst();
    }

    /** The namespaces of the properties and classes used in a graph's data, among the ones govgraph knows. */
    static Set<String> namespaces(Iterable<Node> terms, Map<String, String> known) {
        Set<String> used = new LinkedHashSet<>();
        for (Node term : terms) {
            if (!term.isURI()) {
                continue;
            }
            String best = null;
            for (String ns : known.values()) {
                if (term.getURI().startsWith(ns) && (best == null || ns.length() > best.length())) {
                    best = ns;
                }
            }
            if (best != null) {
                used.add(best);
            }
        }
        return used;
    }

    public static Optional<Node> object(Graph g, Node s, Node p) {
        List<Triple> found = new ArrayList<>(1);
        var it = g.find(s, p, Node.ANY);
        try {
            if (it.hasNext()) {
                found.add(it.next());
            }
        } finally {
            it.close();
        }
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0).getObject());
    }

    private static Node dateTime(Instant t) {
        return NodeFactory.createLiteralDT(t.toString(), XSDDatatype.XSDdateTime);
    }

    private static void add(Graph g, Node s, Node p, Node o) {
        g.add(Triple.create(s, p, o));
    }
}

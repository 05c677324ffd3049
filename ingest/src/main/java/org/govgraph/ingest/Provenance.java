package org.govgraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.govgraph.model.Iris;
import org.govgraph.model.store.Release;
import org.govgraph.model.vocab.DCAT3;
import org.govgraph.model.vocab.GG;
import org.govgraph.model.vocab.PROV;
import org.govgraph.model.vocab.SPDX;

/**
 * The PROV-O record of one ingest, written to the catalog graph with the release: which
 * files (name, size, SHA-256) were read, when, by which version of govgraph, and how many
 * rows were read, loaded and rejected.
 */
public final class Provenance {
    private final SourceInfo info;
    private final List<InputFile> files;
    private final Instant started;
    private final Instant ended;
    private final long read;
    private final long loaded;
    private final long rejected;

    /** One input file as it was read. */
    public record InputFile(Path path, long bytes, String sha256) {}

    private Provenance(
            SourceInfo info,
            List<InputFile> files,
            Instant started,
            Instant ended,
            long read,
            long loaded,
            long rejected) {
        this.info = info;
        this.files = files;
        this.started = started;
        this.ended = ended;
        this.read = read;
        this.loaded = loaded;
        this.rejected = rejected;
    }

    /** The record of a run that read {@code files}, and {@code others} that are not files (a bundled mapping). */
    public static Provenance of(
            SourceInfo info,
            List<Path> files,
            List<InputFile> others,
            Instant started,
            long read,
            long loaded,
            long rejected) {
        List<InputFile> described = new ArrayList<>();
        for (Path f : files) {
            described.add(describe(f));
        }
        described.addAll(others);
        return new Provenance(info, described, started, Instant.now(), read, loaded, rejected);
    }

    /** Size and SHA-256 of a file, read once. */
    public static InputFile describe(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            long bytes = in.transferTo(java.io.OutputStream.nullOutputStream());
            String sha = HexFormat.of()
                    .formatHex(((DigestInputStream) in).getMessageDigest().digest());
            return new InputFile(file, bytes, sha);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The version of govgraph that is running, from the jar manifest ({@code dev} in an IDE). */
    public static String softwareVersion() {
        String v = Provenance.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    /** The catalog triples for this run and the release it produced. */
    public Graph describe(Iris iris, Release release) {
        Graph g = GraphFactory.createDefaultGraph();
        Node series = iris.dataset(info.id());
        Node rel = iris.release(info.id(), release.releaseId());
        Node activity = iris.ingestActivity(info.id(), release.releaseId());
        Node software = iris.id("software", "govgraph", softwareVersion());

        add(g, series, DCTerms.title.asNode(), NodeFactory.createLiteralLang(info.title(), "en"));
        add(g, series, DCTerms.description.asNode(), NodeFactory.createLiteralLang(info.description(), "en"));
        // DCAT-AP wants the publisher as an agent, not a string: one foaf:Agent per source's publisher.
        Node publisher = iris.id("agent", info.id());
        add(g, series, DCTerms.publisher.asNode(), publisher);
        add(g, publisher, RDF.type.asNode(), FOAF.Agent.asNode());
        add(g, publisher, FOAF.name.asNode(), NodeFactory.createLiteralString(info.publisher()));
        add(g, series, DCTerms.license.asNode(), NodeFactory.createURI(info.license()));
        add(g, series, DCTerms.source.asNode(), NodeFactory.createURI(info.sourceUrl()));

        add(
                g,
                rel,
                DCTerms.title.asNode(),
                NodeFactory.createLiteralLang(info.title() + ", release " + release.releaseId(), "en"));
        add(g, rel, PROV.wasGeneratedBy.asNode(), activity);
        // Known here and nowhere else: the data of a national inventory names no country.
        if (info.jurisdiction() != null) {
            add(g, rel, DCTerms.spatial.asNode(), iris.country(info.jurisdiction()));
        }
        add(g, rel, GG.rowsRead.asNode(), integer(read));
        add(g, rel, GG.rowsLoaded.asNode(), integer(loaded));
        add(g, rel, GG.rowsRejected.asNode(), integer(rejected));

        add(g, activity, RDF.type.asNode(), PROV.Activity.asNode());
        add(g, activity, RDFS.label.asNode(), NodeFactory.createLiteralLang("ingest of " + info.id(), "en"));
        add(g, activity, PROV.startedAtTime.asNode(), dateTime(started));
        add(g, activity, PROV.endedAtTime.asNode(), dateTime(ended));
        add(g, activity, PROV.wasAssociatedWith.asNode(), software);
        add(g, software, RDF.type.asNode(), PROV.SoftwareAgent.asNode());
        add(g, software, RDFS.label.asNode(), NodeFactory.createLiteralString("govgraph " + softwareVersion()));
        add(g, software, DCTerms.hasVersion.asNode(), NodeFactory.createLiteralString(softwareVersion()));

        for (InputFile f : files) {
            Node file = iris.id(
                    "input",
                    info.id(),
                    release.releaseId(),
                    f.path().getFileName().toString());
            add(g, activity, PROV.used.asNode(), file);
            add(g, rel, PROV.wasDerivedFrom.asNode(), file);
            add(g, file, RDF.type.asNode(), PROV.Entity.asNode());
            add(
                    g,
                    file,
                    DCTerms.title.asNode(),
                    NodeFactory.createLiteralString(f.path().getFileName().toString()));
            add(
                    g,
                    file,
                    DCAT3.byteSize.asNode(),
                    NodeFactory.createLiteralDT(Long.toString(f.bytes()), XSDDatatype.XSDnonNegativeInteger));
            Node checksum = NodeFactory.createURI(file.getURI() + "#sha256");
            add(g, file, SPDX.checksum.asNode(), checksum);
            add(g, checksum, RDF.type.asNode(), SPDX.Checksum.asNode());
            add(g, checksum, SPDX.algorithm.asNode(), SPDX.checksumAlgorithm_sha256.asNode());
            add(
                    g,
                    checksum,
                    SPDX.checksumValue.asNode(),
                    NodeFactory.createLiteralDT(f.sha256(), XSDDatatype.XSDhexBinary));
            add(g, file, PROV.hadPrimarySource.asNode(), NodeFactory.createURI(info.sourceUrl()));
        }
        return g;
    }

    private static void add(Graph g, Node s, Node p, Node o) {
        g.add(Triple.create(s, p, o));
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    private static Node dateTime(Instant t) {
        return NodeFactory.createLiteralDT(t.toString(), XSDDatatype.XSDdateTime);
    }
}

package org.govgraph.release;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.govgraph.ingest.Provenance;
import org.govgraph.model.Iris;
import org.govgraph.model.store.Release;
import org.govgraph.model.vocab.PROV;
import org.govgraph.model.vocab.SPDX;

/**
 * The PROV-O record of a write made on the platform (a SPARQL Update, a Graph Store write):
 * which releases it made, when, by which version of govgraph, and the request itself with its
 * SHA-256 (and its text, when it is short enough to keep in the catalog).
 *
 * @param what    what the write was, e.g. {@code SPARQL Update} or {@code Graph Store PUT}
 * @param request the update's text or the Graph Store request line
 * @param started when the write began
 */
public record WriteProvenance(String what, String request, Instant started) {
    /** The source id of the curation graph, where writes outside every source graph go. */
    public static final String CURATION = "curation";
    /** Requests up to this long are kept whole in the catalog; longer ones by their checksum only. */
    static final int TEXT_KEPT = 64 * 1024;

    /** The catalog triples for {@code releases}, made by this write. */
    public Graph describe(Iris iris, List<Release> releases) {
        Graph g = GraphFactory.createDefaultGraph();
        String releaseId = releases.get(0).releaseId();
        Node activity = iris.id("activity", "write", releaseId);
        Node entity = iris.id("activity", "write", releaseId, "request");
        Node software = iris.id("software", "govgraph", Provenance.softwareVersion());
        add(g, activity, RDF.type.asNode(), PROV.Activity.asNode());
        add(g, activity, RDFS.label.asNode(), NodeFactory.createLiteralLang(what, "en"));
        add(g, activity, PROV.startedAtTime.asNode(), dateTime(started));
        add(g, activity, PROV.endedAtTime.asNode(), dateTime(Instant.now()));
        add(g, activity, PROV.wasAssociatedWith.asNode(), software);
        add(g, activity, PROV.used.asNode(), entity);
        add(g, software, RDF.type.asNode(), PROV.SoftwareAgent.asNode());
        add(g, software, DCTerms.hasVersion.asNode(), NodeFactory.createLiteralString(Provenance.softwareVersion()));
        add(g, entity, RDF.type.asNode(), PROV.Entity.asNode());
        if (request.length() <= TEXT_KEPT) {
            add(g, entity, RDF.value.asNode(), NodeFactory.createLiteralString(request));
        }
        Node checksum = NodeFactory.createURI(entity.getURI() + "#sha256");
        add(g, entity, SPDX.checksum.asNode(), checksum);
        add(g, checksum, RDF.type.asNode(), SPDX.Checksum.asNode());
        add(g, checksum, SPDX.algorithm.asNode(), SPDX.checksumAlgorithm_sha256.asNode());
        add(
                g,
                checksum,
                SPDX.checksumValue.asNode(),
                NodeFactory.createLiteralDT(sha256(request), XSDDatatype.XSDhexBinary));
        for (Release r : releases) {
            Node rel = iris.release(r.sourceId(), r.releaseId());
            add(g, rel, PROV.wasGeneratedBy.asNode(), activity);
            add(
                    g,
                    rel,
                    DCTerms.title.asNode(),
                    NodeFactory.createLiteralLang(
                            r.sourceId() + ", release " + r.releaseId() + " (" + what + ")", "en"));
            if (r.sourceId().equals(CURATION)) {
                Node series = iris.dataset(CURATION);
                add(g, series, DCTerms.title.asNode(), NodeFactory.createLiteralLang("Curation", "en"));
                add(
                        g,
                        series,
                        DCTerms.description.asNode(),
                        NodeFactory.createLiteralLang(
                                "Statements added on the"
                                        + " platform by SPARQL Update or the Graph Store Protocol outside any source's graph.",
                                "en"));
            }
        }
        return g;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void add(Graph g, Node s, Node p, Node o) {
        g.add(Triple.create(s, p, o));
    }

    private static Node dateTime(Instant t) {
        return NodeFactory.createLiteralDT(t.toString(), XSDDatatype.XSDdateTime);
    }
}

package org.govgraph.release.bundle;

import java.io.ByteArrayOutputStream;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.govgraph.model.Iris;
import org.govgraph.release.PlatformRelease;

/**
 * What a replica needs beside a release's published N-Triples dumps to rebuild the release
 * without a bundle: every named graph no dump carries, as N-Quads. A source's dump is its
 * graph followed by the descriptions of the terms it uses (drawn from the ontology and the
 * other sources), so the dumps hold every source graph but neither the catalog graph (release
 * records, distributions with their checksums, provenance, the store's release stamp) nor a
 * graph a SPARQL Update wrote outside the source graphs; the ontology graph is govgraph's
 * own, installed by every store it opens.
 *
 * @param releaseId the release it is of
 * @param bytes     the N-Quads document (small: the catalog grows with releases, not with services)
 * @param sha256    the SHA-256 of {@code bytes}
 */
public record GraphsDump(String releaseId, byte[] bytes, String sha256) {
    /** Its name in a release's directory on the primary and in the replica's staging directory. */
    public static final String FILE_NAME = "graphs.nq";

    /** The dump of {@code release}, which the caller holds. */
    public static GraphsDump of(PlatformRelease release) {
        Iris iris = release.store().iris();
        Set<Node> dumped = new HashSet<>();
        dumped.add(iris.ontologyGraph());
        release.publisher().sourceIds().forEach(id -> dumped.add(iris.sourceGraph(id)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        release.store().read(() -> {
            StreamRDF sink = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
            sink.start();
            try (Stream<Quad> quads = release.store().datasetGraph().stream()) {
                quads.filter(q -> !dumped.contains(q.getGraph())).forEach(sink::quad);
            }
            sink.finish();
            return null;
        });
        byte[] bytes = out.toByteArray();
        return new GraphsDump(release.id(), bytes, Checksums.sha256(bytes));
    }

    /** The path under which a server offers the dump of release {@code id}. */
    public static String path(String releaseId) {
        return "/releases/" + releaseId + "/" + FILE_NAME;
    }

    /** What the feed says of it. */
    public BundleFile file() {
        return new BundleFile(FILE_NAME, bytes.length, sha256);
    }
}

package org.govgraph.release.publish;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.govgraph.model.vocab.Prefixes;

/**
 * Dumps one source graph as Turtle (gzip), N-Triples (gzip) and JSON-LD, each streamed
 * triple by triple from the graph's iterator: memory does not grow with the graph. After
 * the source's triples, each file carries the descriptions of the terms they use
 * ({@link UsedVocabulary}), so that it stands on its own. Call it inside a read
 * transaction, so the three files show the same state.
 */
final class RdfDumps {
    private RdfDumps() {}

    /**
     * The three dump files of {@code sourceId}'s graph followed by {@code vocabulary} (the
     * descriptions of the terms it uses), written atomically into {@code dir}.
     */
    static List<PublishedFile> write(Graph graph, Graph vocabulary, String sourceId, Path dir) {
        PrefixMapping prefixes = Prefixes.standard();
        List<Graph> parts = List.of(graph, vocabulary);
        return List.of(
                AtomicFiles.write(
                        dir,
                        Publisher.dumpFileName(sourceId, FileFormat.TURTLE_GZ),
                        FileFormat.TURTLE_GZ,
                        out -> stream(parts, prefixes, StreamRDFWriter.getWriterStream(out, RDFFormat.TURTLE_BLOCKS))),
                AtomicFiles.write(
                        dir,
                        Publisher.dumpFileName(sourceId, FileFormat.NTRIPLES_GZ),
                        FileFormat.NTRIPLES_GZ,
                        out -> stream(
                                parts,
                                PrefixMapping.Factory.create(),
                                StreamRDFWriter.getWriterStream(out, RDFFormat.NTRIPLES))),
                AtomicFiles.write(
                        dir,
                        Publisher.dumpFileName(sourceId, FileFormat.JSONLD),
                        FileFormat.JSONLD,
                        out -> stream(parts, prefixes, new JsonLdStreamWriter(out, prefixes))));
    }

    /** Writes a whole graph to one output stream in Turtle blocks (used for the catalog, which is small). */
    static void turtle(Graph graph, OutputStream out) {
        stream(List.of(graph), Prefixes.standard(), StreamRDFWriter.getWriterStream(out, RDFFormat.TURTLE_BLOCKS));
    }

    /** The triples of each graph in turn, as one document. */
    private static void stream(List<Graph> graphs, PrefixMapping prefixes, StreamRDF sink) {
        sink.start();
        prefixes.getNsPrefixMap().forEach(sink::prefix);
        for (Graph graph : graphs) {
            ExtendedIterator<Triple> triples = graph.find();
            try {
                triples.forEachRemaining(sink::triple);
            } finally {
                triples.close();
            }
        }
        sink.finish();
    }
}

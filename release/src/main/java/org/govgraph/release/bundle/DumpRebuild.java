package org.govgraph.release.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.govgraph.model.Iris;
import org.govgraph.model.store.Store;
import org.govgraph.model.vocab.DCAT3;
import org.govgraph.model.vocab.GG;
import org.govgraph.model.vocab.SPDX;
import org.govgraph.model.vocab.VOID;
import org.govgraph.release.Releases;
import org.govgraph.release.StoreCopy;
import org.govgraph.release.publish.CatalogRecords;
import org.govgraph.release.publish.FileFormat;
import org.govgraph.release.publish.Publisher;

/**
 * A replica's way to a release its primary offers no bundle of: the release is rebuilt in a
 * staging directory from what the primary publishes. Its {@link GraphsDump} gives the catalog
 * graph, which lists every offered download with its size and SHA-256 ({@code dcat:byteSize},
 * {@code spdx:checksum}); each file the replica lacks is downloaded and checked against them
 * (so the replica's downloads and catalog are the primary's, byte for byte). The database is
 * then bulk-loaded by TDB2's loader from the graphs dump and from each source's N-Triples dump
 * of its latest release: only the dump's first {@code void:triples} triples, the source's graph
 * as the catalog counts it (the publisher writes the graph first, then the descriptions of the
 * terms it uses, which belong to the ontology and other sources). Finally the release's search
 * index is built from the database, as the primary built its own.
 */
final class DumpRebuild {
    private static final String DOWNLOAD_PATH = "download/";
    private static final String DOWNLOADS_DIR = "downloads/";

    /** Downloads one file to {@code target}, refusing it unless it is {@code expected}. */
    @FunctionalInterface
    interface Download {
        void into(URI url, Path target, BundleFile expected) throws IOException, InterruptedException;
    }

    /** What a rebuild fetched and loaded, for the log. */
    record Rebuilt(int filesDownloaded, long bytesDownloaded, long triplesLoaded) {}

    /** A published file the catalog offers, at its path in a release directory ({@code downloads/{source}/{release}/{file}}). */
    private record Offered(URI url, BundleFile file) {}

    private final Releases releases;
    private final URI primary;
    private final Download download;

    DumpRebuild(Releases releases, URI primary, Download download) {
        this.releases = releases;
        this.primary = primary;
        this.download = download;
    }

    /**
     * Stages the release that {@code graphs} is the dump of in {@code staged} (from
     * {@link Releases#stagingDirectory}), ready for {@link Releases#adopt}.
     *
     * @throws BundleRefusedException when a file is not as the feed or the catalog says
     */
    Rebuilt stage(ReleaseFeed.Graphs graphs, Path staged) throws IOException, InterruptedException {
        Iris iris = releases.iris();
        Path dumpFile = staged.resolve(graphs.file().path());
        download.into(primary.resolve(graphs.url()), dumpFile, graphs.file());
        DatasetGraph unpublished = parse(dumpFile);
        Files.delete(dumpFile); // the release directory holds a database, an index and downloads, nothing else
        Graph catalog = unpublished.getGraph(iris.catalogGraph());

        int files = 0;
        long bytes = 0;
        for (Offered offered : offered(catalog, iris)) {
            if (local(offered.file().path()) == null) {
                download.into(offered.url(), staged.resolve(offered.file().path()), offered.file());
                files++;
                bytes += offered.file().size();
            }
        }
        long triples;
        try (Store store = Store.open(staged, iris)) {
            triples = load(store, unpublished, catalog, staged);
        }
        releases.buildIndex(staged);
        return new Rebuilt(files, bytes, triples);
    }

    /** Bulk-loads the graphs dump and the source graphs from their N-Triples dumps; returns the triples loaded. */
    private long load(Store store, DatasetGraph unpublished, Graph catalog, Path staged) {
        long[] loaded = {0};
        StoreCopy.load(store, sink -> {
            unpublished.stream().forEach(q -> {
                sink.quad(q);
                loaded[0]++;
            });
            for (Triple last :
                    catalog.find(Node.ANY, DCAT3.last.asNode(), Node.ANY).toList()) {
                Node release = last.getObject();
                String sourceId = literal(catalog, release, GG.sourceId.asNode());
                String releaseId = literal(catalog, release, GG.releaseId.asNode());
                long count = Long.parseLong(literal(catalog, release, VOID.triples.asNode()));
                String path = Publisher.releaseFolder(Path.of(DOWNLOADS_DIR), sourceId, releaseId)
                        .resolve(Publisher.dumpFileName(sourceId, FileFormat.NTRIPLES_GZ))
                        .toString();
                Path dump = local(path);
                loadLeading(
                        dump == null ? staged.resolve(path) : dump,
                        path,
                        count,
                        store.iris().sourceGraph(sourceId),
                        sink);
                loaded[0] += count;
            }
        });
        return loaded[0];
    }

    /** Sends the first {@code count} triples of the N-Triples dump {@code file} into {@code graph}. */
    private static void loadLeading(Path file, String path, long count, Node graph, StreamRDF sink) {
        LeadingTriples leading = new LeadingTriples(count, graph, sink);
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            RDFParser.source(in).lang(Lang.NTRIPLES).parse(leading);
        } catch (IOException | RiotException e) {
            throw new BundleRefusedException(path + ": not a readable N-Triples dump: " + e.getMessage());
        }
        if (leading.sent < count) {
            throw new BundleRefusedException(
                    path + ": " + leading.sent + " triples, the catalog counts " + count + " in the source's graph");
        }
    }

    /** Every file the catalog offers for download, with the size and SHA-256 it records. */
    private List<Offered> offered(Graph catalog, Iris iris) {
        String prefix = iris.base() + DOWNLOAD_PATH;
        List<Offered> out = new ArrayList<>();
        for (Triple t :
                catalog.find(Node.ANY, DCAT3.downloadURL.asNode(), Node.ANY).toList()) {
            String url = t.getObject().getURI();
            if (!url.startsWith(prefix)) {
                throw new BundleRefusedException("The catalog offers " + url + ", not a download under " + prefix);
            }
            Node dist = t.getSubject();
            long size = Long.parseLong(literal(catalog, dist, DCAT3.byteSize.asNode()));
            Node checksum = CatalogRecords.object(catalog, dist, SPDX.checksum.asNode())
                    .orElseThrow(() -> new BundleRefusedException("The catalog records no checksum of " + url));
            String sha256 = literal(catalog, checksum, SPDX.checksumValue.asNode());
            String relative = url.substring(prefix.length());
            out.add(new Offered(
                    primary.resolve(DOWNLOAD_PATH + relative), new BundleFile(DOWNLOADS_DIR + relative, size, sha256)));
        }
        return out;
    }

    /**
     * The replica's own copy of a published file, or null: a release folder once received is
     * kept as it is ({@link Releases#adopt} keeps one there already), its files never change.
     */
    private Path local(String path) {
        Path file = releases.downloadsDirectory().resolve(path.substring(DOWNLOADS_DIR.length()));
        return Files.isRegularFile(file) ? file : null;
    }

    private static DatasetGraph parse(Path dumpFile) {
        try {
            return RDFParser.source(dumpFile).lang(Lang.NQUADS).toDatasetGraph();
        } catch (RiotException e) {
            throw new BundleRefusedException(GraphsDump.FILE_NAME + ": not N-Quads: " + e.getMessage());
        }
    }

    private static String literal(Graph catalog, Node subject, Node property) {
        return CatalogRecords.object(catalog, subject, property)
                .map(Node::getLiteralLexicalForm)
                .orElseThrow(() ->
                        new BundleRefusedException("The catalog records no <" + property.getURI() + "> of " + subject));
    }

    /** Passes on the first {@code count} triples of a parse, in {@code graph}; drops the rest. */
    private static final class LeadingTriples extends StreamRDFBase {
        private final long count;
        private final Node graph;
        private final StreamRDF sink;
        private long sent;

        LeadingTriples(long count, Node graph, StreamRDF sink) {
            this.count = count;
            this.graph = graph;
            this.sink = sink;
        }

        @Override
        public void triple(Triple triple) {
            if (sent < count) {
                sink.quad(Quad.create(graph, triple));
                sent++;
            }
        }
    }
}

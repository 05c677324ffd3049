package org.govgraph.release.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.govgraph.model.Iris;
import org.govgraph.model.store.Release;
import org.govgraph.model.store.Store;
import org.govgraph.model.vocab.DCAT3;
import org.govgraph.model.vocab.GG;
import org.govgraph.model.vocab.Prefixes;
import org.govgraph.model.vocab.SPDX;

/**
 * Publishes releases: writes each source's latest release as downloadable files under
 * {@code downloadsDir/{sourceId}/{releaseId}/} and records them, with checksums, as DCAT
 * distributions in the store's catalog graph.
 *
 * <p>Publishing is idempotent: a release whose distributions are recorded is left alone,
 * and its files never change (if they were lost, they are written again and must come out
 * byte for byte as recorded). The files are streamed from one read transaction, so they
 * show one state of the source and memory does not grow with it; the catalog triples of a
 * release are added in one write transaction after the files are in place, so the catalog
 * never names a file that is not there.
 */
public final class Publisher {
    /** What a download URL's segments may be: a source id, a release id, a file name. */
    static final Pattern SOURCE_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    static final Pattern RELEASE_ID = Pattern.compile("[0-9]{8}T[0-9]{6}\\.[0-9]{3}Z(-[0-9]{1,6})*");
    static final Pattern FILE_NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}(\\.[a-z0-9-]{1,32}){1,3}");

    private final Store store;
    private final Path downloadsDir;
    private final Iris iris;
    private final CatalogRecords records;
    private final VoidDescription voidDescription;
    /** Files served so far, by distribution: published files never change, so this never goes stale. */
    private final Map<Node, PublishedFile> served = new ConcurrentHashMap<>();

    /** The outcome of publishing one source: the release and its files, and whether anything was written. */
    public record Publication(Release release, List<PublishedFile> files, boolean written) {}

    public Publisher(Store store, Path downloadsDir) {
        this.store = Objects.requireNonNull(store, "store");
        this.downloadsDir = Objects.requireNonNull(downloadsDir, "downloadsDir")
                .toAbsolutePath()
                .normalize();
        this.iris = store.iris();
        this.records = new CatalogRecords(iris);
        this.voidDescription = new VoidDescription(store);
    }

    /**
     * The publisher of a store's own downloads folder, {@code DIR/downloads}. An in-memory
     * store, gone when the process ends, publishes into a new temporary folder: give that
     * publisher to whoever serves the files.
     */
    public static Publisher forStore(Store store) {
        return new Publisher(
                store, store.directory().map(dir -> dir.resolve("downloads")).orElseGet(Publisher::temporaryDownloads));
    }

    private static Path temporaryDownloads() {
        try {
            return Files.createTempDirectory("govgraph-downloads-");
        } catch (IOException e) {
            throw new CatalogException("Cannot create a downloads folder for an in-memory store: " + e.getMessage(), e);
        }
    }

    /** The folder of a release's files under {@code downloads}, {@code {sourceId}/{releaseId}}: the downloads' one layout. */
    public static Path releaseFolder(Path downloads, String sourceId, String releaseId) {
        return downloads.resolve(sourceId).resolve(releaseId);
    }

    /** The name of a source's dump in {@code format}, in each of its release folders. */
    public static String dumpFileName(String sourceId, FileFormat format) {
        return sourceId + format.suffix();
    }

    public Path downloadsDir() {
        return downloadsDir;
    }

    public Store store() {
        return store;
    }

    /**
     * Publishes the latest release of {@code sourceId} if it is not published yet.
     *
     * @return the publication, or empty when the source was never ingested
     */
    public synchronized Optional<Publication> publish(String sourceId) {
        if (!SOURCE_ID.matcher(sourceId).matches()) {
            throw new CatalogException("Not a source id that can be published: '" + sourceId + "'");
        }
        Optional<Prepared> prepared = store.read(() -> prepare(sourceId));
        if (prepared.isEmpty()) {
            return Optional.empty();
        }
        Prepared p = prepared.get();
        if (p.publication() != null) {
            store.write(() -> {
                Graph catalog = store.datasetGraph().getGraph(iris.catalogGraph());
                if (!records.isRecorded(catalog, p.release())) {
                    records.record(catalog, p.publication());
                }
                records.refreshCatalog(catalog);
            });
        }
        return Optional.of(new Publication(p.release(), p.files(), p.publication() != null));
    }

    /** Publishes the latest release of every source in the store, and brings the catalog node up to date. */
    public synchronized List<Publication> publishAll() {
        List<Publication> all = new ArrayList<>();
        for (String sourceId : sourceIds()) {
            publish(sourceId).ifPresent(all::add);
        }
        boolean stale = store.read(() -> {
            Graph catalog = GraphFactory.createDefaultGraph();
            store.datasetGraph().getGraph(iris.catalogGraph()).find().forEachRemaining(catalog::add);
            return records.refreshCatalog(catalog);
        });
        if (stale) {
            store.write(() -> records.refreshCatalog(store.datasetGraph().getGraph(iris.catalogGraph())));
        }
        return all;
    }

    /**
     * Writes the same files offline: every source's latest release (published first if it
     * was not) under {@code outDir/{sourceId}/{releaseId}/}, and the catalog as
     * {@code catalog.ttl} and {@code catalog.jsonld} and the VoID description as {@code void.ttl}.
     *
     * @return the files written, in order
     */
    public synchronized List<Path> export(Path outDir) {
        List<Path> written = new ArrayList<>();
        for (Publication p : publishAll()) {
            for (PublishedFile f : p.files()) {
                Path target = outDir.resolve(p.release().sourceId())
                        .resolve(p.release().releaseId())
                        .resolve(f.fileName());
                AtomicFiles.copy(f.path(), target);
                written.add(target);
            }
        }
        Graph catalog = catalogGraph();
        written.add(
                AtomicFiles.writePlain(outDir, "catalog.ttl", out -> RDFDataMgr.write(out, catalog, RDFFormat.TURTLE)));
        written.add(AtomicFiles.writePlain(
                outDir, "catalog.jsonld", out -> RDFDataMgr.write(out, catalog, RDFFormat.JSONLD11)));
        Graph voidGraph = voidGraph();
        written.add(
                AtomicFiles.writePlain(outDir, "void.ttl", out -> RDFDataMgr.write(out, voidGraph, RDFFormat.TURTLE)));
        return written;
    }

    /**
     * The releases whose downloads the catalog still offers beyond the newest {@code keep}
     * of each source, oldest first: what {@link #withdraw} would withdraw.
     */
    public List<Release> withdrawable(int keep) {
        if (keep < 1) {
            throw new IllegalArgumentException("At least the latest release of each source is kept, not " + keep);
        }
        return store.read(() -> {
            Graph catalog = store.datasetGraph().getGraph(iris.catalogGraph());
            List<Release> out = new ArrayList<>();
            for (String sourceId : sourceIds()) {
                List<Release> releases = store.releases(sourceId);
                releases.subList(0, Math.max(0, releases.size() - keep)).stream()
                        .filter(r -> records.isDownloadable(catalog, sourceId, r.releaseId()))
                        .forEach(out::add);
            }
            return out;
        });
    }

    /**
     * Withdraws the downloads of {@code releases} from the catalog, in one write that is a
     * release of its own (their records stay, with checksums; their files may then be deleted).
     *
     * @return the store's new release id
     */
    public String withdraw(List<Release> releases) {
        Instant now = Instant.now();
        return store.changeCatalog(catalog -> {
            releases.forEach(r -> records.withdraw(catalog, r, now));
            records.refreshCatalog(catalog);
        });
    }

    /**
     * The release folders under the downloads directory whose files the catalog does not offer,
     * or would not once {@code withdrawn} are withdrawn (what a prune deletes, and what its dry
     * run reports): those of withdrawn releases and of builds that stopped before they were
     * switched to.
     */
    public List<Path> unofferedFolders(List<Release> withdrawn) {
        Set<Path> gone = new java.util.HashSet<>();
        withdrawn.forEach(r -> gone.add(releaseFolder(downloadsDir, r.sourceId(), r.releaseId())));
        return folders((folder, offered) -> gone.contains(folder) || !offered);
    }

    /** The release folders under the downloads directory whose files the catalog offers: what a replica needs. */
    public List<Path> offeredFolders() {
        return folders((folder, offered) -> offered);
    }

    /** The release folders ({@code {source}/{release}}) that {@code keep} accepts, given whether the catalog offers them. */
    private List<Path> folders(java.util.function.BiPredicate<Path, Boolean> keep) {
        if (!Files.isDirectory(downloadsDir)) {
            return List.of();
        }
        return store.read(() -> {
            Graph catalog = store.datasetGraph().getGraph(iris.catalogGraph());
            List<Path> out = new ArrayList<>();
            try (var sources = Files.list(downloadsDir)) {
                for (Path source : sources.filter(Files::isDirectory).sorted().toList()) {
                    try (var releases = Files.list(source)) {
                        for (Path folder :
                                releases.filter(Files::isDirectory).sorted().toList()) {
                            boolean offered = records.isDownloadable(
                                    catalog,
                                    source.getFileName().toString(),
                                    folder.getFileName().toString());
                            if (keep.test(folder, offered)) {
                                out.add(folder);
                            }
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot list " + downloadsDir, e);
            }
            return out;
        });
    }

    /** The ids of the sources the catalog records, sorted. */
    public List<String> sourceIds() {
        return store.read(() -> {
            Set<String> ids = new TreeSet<>();
            store.datasetGraph()
                    .getGraph(iris.catalogGraph())
                    .find(Node.ANY, GG.sourceId.asNode(), Node.ANY)
                    .forEachRemaining(t -> ids.add(t.getObject().getLiteralLexicalForm()));
            return List.copyOf(ids);
        });
    }

    /**
     * A published file, if the catalog records it and it is on disk: what the download
     * servlet serves. Segments that are not a well-formed source id, release id or file
     * name find nothing, so no request can name a path outside the downloads directory.
     */
    public Optional<PublishedFile> file(String sourceId, String releaseId, String fileName) {
        if (!SOURCE_ID.matcher(sourceId).matches()
                || !RELEASE_ID.matcher(releaseId).matches()
                || !FILE_NAME.matcher(fileName).matches()) {
            return Optional.empty();
        }
        Optional<FileFormat> format = FileFormat.of(fileName);
        if (format.isEmpty()) {
            return Optional.empty();
        }
        Path path = releaseFolder(downloadsDir, sourceId, releaseId)
                .resolve(fileName)
                .normalize();
        if (!path.startsWith(downloadsDir) || !Files.isRegularFile(path)) {
            return Optional.empty();
        }
        Node dist = iris.distribution(sourceId, releaseId, fileName);
        PublishedFile known = served.get(dist);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<PublishedFile> recorded = store.read(() -> {
            Graph catalog = store.datasetGraph().getGraph(iris.catalogGraph());
            Optional<Node> size = CatalogRecords.object(catalog, dist, DCAT3.byteSize.asNode());
            Optional<Node> sha = CatalogRecords.object(catalog, dist, SPDX.checksum.asNode())
                    .flatMap(c -> CatalogRecords.object(catalog, c, SPDX.checksumValue.asNode()));
            if (size.isEmpty() || sha.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new PublishedFile(
                    fileName,
                    format.get(),
                    path,
                    Long.parseLong(size.get().getLiteralLexicalForm()),
                    sha.get().getLiteralLexicalForm()));
        });
        recorded.ifPresent(f -> served.put(dist, f));
        return recorded;
    }

    /** The catalog graph, copied in a read transaction, with the standard prefixes. */
    public Graph catalogGraph() {
        Graph catalog = store.copyOf(iris.catalogGraph());
        catalog.getPrefixMapping().setNsPrefixes(Prefixes.standard());
        return catalog;
    }

    /**
     * The VoID description of every graph: the platform's dataset and, per named graph, its
     * {@code void:Dataset} (a source's data series as the catalog records it) with its statistics.
     */
    public Graph voidGraph() {
        return voidDescription.graph();
    }

    /** The {@code void:Dataset} that describes a named graph of the store. */
    public Node voidDatasetOf(Node graph) {
        return voidDescription.datasetOf(graph);
    }

    // --- publishing one release ---------------------------------------------------------

    /** A release read and written to disk; {@code publication} is null when the catalog already records it. */
    private record Prepared(Release release, List<PublishedFile> files, CatalogRecords.Publication publication) {}

    /** Runs inside the read transaction: all files show the state of this one transaction. */
    private Optional<Prepared> prepare(String sourceId) {
        List<Release> releases = store.releases(sourceId);
        if (releases.isEmpty()) {
            return Optional.empty();
        }
        Release release = releases.get(releases.size() - 1);
        if (!RELEASE_ID.matcher(release.releaseId()).matches()) {
            throw new CatalogException(
                    "Release id '" + release.releaseId() + "' of " + sourceId + " cannot name a folder");
        }
        Dataset dataset = store.dataset();
        Graph catalog = store.datasetGraph().getGraph(iris.catalogGraph());
        Node graphName = iris.sourceGraph(sourceId);
        Path dir = releaseFolder(downloadsDir, sourceId, release.releaseId());

        Map<String, String> recorded = recordedChecksums(catalog, release);
        if (!recorded.isEmpty()) {
            return Optional.of(new Prepared(release, restore(release, dir, recorded, dataset, graphName), null));
        }
        List<CsvTable> tables = CsvTables.forGraph(dataset, graphName, iris);
        List<PublishedFile> files = writeFiles(release, dir, dataset, graphName, tables, catalog);
        Coverage coverage = Coverage.of(dataset, graphName, catalog, iris.release(sourceId, release.releaseId()));
        Set<String> vocabularies = vocabularies(dataset, graphName);
        Optional<Release> previous =
                releases.size() > 1 ? Optional.of(releases.get(releases.size() - 2)) : Optional.empty();
        var publication = new CatalogRecords.Publication(
                release, releases.get(0), previous, releases.size(), coverage, files, tables, vocabularies);
        return Optional.of(new Prepared(release, files, publication));
    }

    private List<PublishedFile> writeFiles(
            Release release, Path dir, Dataset dataset, Node graphName, List<CsvTable> tables, Graph catalog) {
        String sourceId = release.sourceId();
        Node series = iris.dataset(sourceId);
        String license = CatalogRecords.object(catalog, series, DCTerms.license.asNode())
                .filter(Node::isURI)
                .map(Node::getURI)
                .orElse(null);
        String publisher = CatalogRecords.object(catalog, series, DCTerms.publisher.asNode())
                .map(n -> n.isLiteral() ? n.getLiteralLexicalForm() : n.toString())
                .orElse(null);
        Graph vocabulary = UsedVocabulary.of(store.datasetGraph(), iris, graphName);
        List<PublishedFile> files =
                new ArrayList<>(RdfDumps.write(store.datasetGraph().getGraph(graphName), vocabulary, sourceId, dir));
        for (CsvTable table : tables) {
            files.add(AtomicFiles.write(
                    dir,
                    table.fileName(),
                    FileFormat.CSV,
                    out -> CsvTableWriter.write(table, dataset, graphName, out)));
            files.add(AtomicFiles.write(
                    dir,
                    table.metadataFileName(),
                    FileFormat.CSVW_METADATA,
                    out -> CsvwMetadata.write(table, license, publisher, out)));
        }
        return files;
    }

    /**
     * The files of a release the catalog already records. Files that are on disk are trusted;
     * missing ones are written again, into a scratch folder first, and moved into place only
     * if they come out with their recorded checksum: the files on offer never change. A dump
     * is written from the source's graph, which is this release's, and from the descriptions
     * of the terms it uses ({@link UsedVocabulary}), which live in the ontology and in other
     * sources' graphs: if those changed since (a new govgraph's ontology, countries described
     * anew), the dump cannot be had again as it was, and the error says so.
     */
    private List<PublishedFile> restore(
            Release release, Path dir, Map<String, String> recorded, Dataset dataset, Node graphName) {
        List<String> missing = recorded.keySet().stream()
                .filter(name -> !Files.isRegularFile(dir.resolve(name)))
                .toList();
        if (!missing.isEmpty()) {
            Path scratch = scratchFolder();
            try {
                Graph catalog = store.datasetGraph().getGraph(iris.catalogGraph());
                List<CsvTable> tables = CsvTables.forGraph(dataset, graphName, iris);
                Map<String, PublishedFile> again = new TreeMap<>();
                writeFiles(release, scratch, dataset, graphName, tables, catalog)
                        .forEach(f -> again.put(f.fileName(), f));
                for (String name : missing) {
                    PublishedFile f = again.get(name);
                    if (f == null || !recorded.get(name).equals(f.sha256())) {
                        throw new CatalogException("The published file " + dir.resolve(name)
                                + " is missing and cannot be"
                                + " written again as it was (SHA-256 " + (f == null ? "none" : f.sha256())
                                + ", the catalog records " + recorded.get(name) + "): the release's graph or the"
                                + " descriptions it carries of the terms it uses (ontology, code lists, countries) have"
                                + " changed since, and a published release's files must not change. Restore the file"
                                + " from a backup, or ingest the source again to publish a new release.");
                    }
                }
                missing.forEach(name -> AtomicFiles.copy(again.get(name).path(), dir.resolve(name)));
            } finally {
                deleteTree(scratch);
            }
        }
        List<PublishedFile> files = new ArrayList<>();
        for (String name : recorded.keySet()) {
            FileFormat format =
                    FileFormat.of(name).orElseThrow(() -> new CatalogException("Unknown file kind: " + name));
            files.add(
                    new PublishedFile(name, format, dir.resolve(name), sizeOf(dir.resolve(name)), recorded.get(name)));
        }
        return files;
    }

    /** A folder for files written again, beside the downloads (so a move into place stays on one file system). */
    private Path scratchFolder() {
        try {
            Files.createDirectories(downloadsDir);
            return Files.createTempDirectory(downloadsDir, ".restore-");
        } catch (IOException e) {
            throw new CatalogException("Cannot make a scratch folder in " + downloadsDir + ": " + e.getMessage(), e);
        }
    }

    private static void deleteTree(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A scratch folder left behind holds no download: its name matches no source id.
        }
    }

    /** File name -> SHA-256 of each distribution the catalog records for a release. */
    private Map<String, String> recordedChecksums(Graph catalog, Release release) {
        Map<String, String> out = new TreeMap<>();
        Node r = iris.release(release.sourceId(), release.releaseId());
        catalog.find(r, DCAT3.distribution.asNode(), Node.ANY).forEachRemaining(t -> {
            Node dist = t.getObject();
            String name = CatalogRecords.object(catalog, dist, DCTerms.title.asNode())
                    .map(Node::getLiteralLexicalForm)
                    .orElseThrow();
            String sha = CatalogRecords.object(catalog, dist, SPDX.checksum.asNode())
                    .flatMap(c -> CatalogRecords.object(catalog, c, SPDX.checksumValue.asNode()))
                    .map(Node::getLiteralLexicalForm)
                    .orElseThrow();
            out.put(name, sha);
        });
        return out;
    }

    private static Set<String> vocabularies(Dataset dataset, Node graphName) {
        String query = "SELECT DISTINCT ?term WHERE { GRAPH ?g { { ?s ?term ?o } UNION { ?s a ?term } } }";
        List<Node> terms = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.dataset(dataset)
                .query(CsvTables.bind(query, graphName))
                .build()) {
            qe.execSelect().forEachRemaining(row -> terms.add(row.get("term").asNode()));
        }
        return CatalogRecords.namespaces(terms, Prefixes.standard().getNsPrefixMap());
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

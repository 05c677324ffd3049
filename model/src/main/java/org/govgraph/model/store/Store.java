package org.govgraph.model.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.govgraph.model.Iris;
import org.govgraph.model.Ontology;
import org.govgraph.model.vocab.DCAT3;
import org.govgraph.model.vocab.GG;
import org.govgraph.model.vocab.VOID;

/**
 * The govgraph triple store: a TDB2 database whose default graph is the union of its named
 * graphs, laid out as docs/architecture.md says (ontology, one graph per source, catalog).
 *
 * <p>Every change goes through {@link #replaceSource}, one write transaction that swaps a
 * source's graph, records the release in the catalog graph and moves the store-wide
 * release stamp. TDB2's transactions make that all-or-nothing, also across a crash, which
 * is what lets the search index compare its own stamp with {@link #release()} and know
 * whether it is current.
 */
public final class Store implements AutoCloseable {
    private final Dataset dataset;
    private final Iris iris;
    private final Path location;

    private Store(Dataset dataset, Iris iris, Path location) {
        this.dataset = dataset;
        this.iris = iris;
        this.location = location;
        // SPARQL's default graph is the union of all named graphs (docs/architecture.md, graph layout).
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        installOntology();
    }

    /**
     * Opens the store in {@code dir}, creating it if needed. The directory holds the TDB2
     * database in {@code tdb2/}; the search index ({@code index/}) and the published
     * downloads ({@code downloads/}) live beside it, so one directory is one platform state.
     */
    public static Store open(Path dir, Iris iris) {
        Objects.requireNonNull(dir, "dir");
        try {
            Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new StoreException("Cannot create the store directory " + dir + ": " + e.getMessage(), e);
        }
        if (!Files.isWritable(dir)) {
            throw new StoreException("The store directory is not writable: " + dir);
        }
        Store store;
        try {
            store = new Store(TDB2Factory.connectDataset(dir.resolve("tdb2").toString()), iris, dir);
        } catch (RuntimeException e) {
            throw new StoreException("Cannot open the TDB2 store in " + dir + ": " + e.getMessage(), e);
        }
        Optional<String> minted = store.mintedBase();
        if (minted.isPresent() && !minted.get().equals(iris.base())) {
            store.close();
            // Mixing two bases in one store would split every entity in two: refuse, and say which base to use.
            throw new StoreException("The store in " + dir + " holds IRIs minted under " + minted.get() + ", not "
                    + iris.base() + ": open it with --base " + minted.get());
        }
        return store;
    }

    /**
     * Opens the store in {@code dir} with the base its IRIs were minted under, or
     * {@code defaultBase} when it holds none yet.
     */
    public static Store open(Path dir, String defaultBase) {
        String base = Files.isDirectory(dir.resolve("tdb2")) ? peekBase(dir).orElse(defaultBase) : defaultBase;
        return open(dir, new Iris(base));
    }

    private static Optional<String> peekBase(Path dir) {
        // Read only: a Store would install the ontology graph under a base that may not be this store's.
        // TDB2 caches the database per location, so the Store opened next shares this connection.
        try {
            return mintedBase(TDB2Factory.connectDataset(dir.resolve("tdb2").toString()));
        } catch (RuntimeException e) {
            throw new StoreException("Cannot open the TDB2 store in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The base this store's IRIs were minted under (from its store node), empty while it holds no release. */
    public Optional<String> mintedBase() {
        return mintedBase(dataset);
    }

    private static Optional<String> mintedBase(Dataset dataset) {
        return Txn.calculateRead(dataset, () -> {
            var it = dataset.asDatasetGraph().find(Node.ANY, Node.ANY, RDF.type.asNode(), GG.Store.asNode());
            while (it.hasNext()) {
                String iri = it.next().getSubject().getURI();
                if (iri != null && iri.endsWith("/id/store")) {
                    return Optional.of(iri.substring(0, iri.length() - "id/store".length()));
                }
            }
            return Optional.<String>empty();
        });
    }

    /** A transactional in-memory TDB2 store, for tests and one-off conversions. */
    public static Store inMemory(Iris iris) {
        return new Store(DatasetFactory.wrap(DatabaseMgr.createDatasetGraph()), iris, null);
    }

    public Iris iris() {
        return iris;
    }

    /** The TDB2 dataset: use it inside {@link #read} or {@link #write}. */
    public Dataset dataset() {
        return dataset;
    }

    public DatasetGraph datasetGraph() {
        return dataset.asDatasetGraph();
    }

    /** The store directory (TDB2 in {@code tdb2/}, index and downloads beside it), or empty in memory. */
    public Optional<Path> directory() {
        return Optional.ofNullable(location);
    }

    /** Runs {@code action} in a read transaction (or inside the caller's transaction). */
    public <T> T read(Supplier<T> action) {
        return Txn.calculateRead(dataset, action);
    }

    /** Runs {@code action} in a write transaction, committed when it returns normally. */
    public void write(Runnable action) {
        Txn.executeWrite(dataset, action);
    }

    /** The store-wide release stamp: the id of the last committed write, empty for a new store. */
    public Optional<String> release() {
        return read(() -> {
            Graph catalog = datasetGraph().getGraph(iris.catalogGraph());
            var it = catalog.find(iris.storeNode(), GG.storeRelease.asNode(), Node.ANY);
            try {
                return it.hasNext() ? Optional.of(it.next().getObject().getLiteralLexicalForm()) : Optional.empty();
            } finally {
                it.close();
            }
        });
    }

    /**
     * Replaces the graph of one source, in one write transaction: the old graph is dropped,
     * {@code content} takes its place, {@code catalogAdditions} (provenance, counts) is
     * added to the catalog graph, the release is recorded and the store stamp moves.
     * Either all of it is committed or none of it.
     *
     * @return the release that was recorded
     */
    public Release replaceSource(String sourceId, Graph content, Function<Release, Graph> catalogAdditions) {
        return replaceSource(sourceId, content, catalogAdditions, Instant.now());
    }

    /**
     * {@link #replaceSource(String, Graph, Function)} at a given instant (for the release id).
     * {@code catalogAdditions} is given the release being recorded, so that provenance can
     * name it; it may be null.
     */
    public Release replaceSource(
            String sourceId, Graph content, Function<Release, Graph> catalogAdditions, Instant now) {
        Objects.requireNonNull(content, "content");
        return replaceSource(sourceId, TripleSource.of(content), catalogAdditions, now);
    }

    /**
     * {@link #replaceSource(String, Graph, Function)} from a stream of triples, for graphs too
     * large to hold in memory: the old graph is dropped, {@code content} is replayed into the
     * source graph, and the catalog and release stamp are updated, all in the same one write
     * transaction. Triples {@code content} derives from the stored graph ({@link
     * TripleSource#derivedFrom}) are added to it before {@code catalogAdditions} is asked. If
     * {@code content} throws, the transaction aborts and the store is exactly as it was. The release's triple count is that of the graph as stored (duplicates in the
     * stream count once).
     */
    public Release replaceSource(String sourceId, TripleSource content, Function<Release, Graph> catalogAdditions) {
        return replaceSource(sourceId, content, catalogAdditions, Instant.now());
    }

    /** {@link #replaceSource(String, TripleSource, Function)} at a given instant (for the release id). */
    public Release replaceSource(
            String sourceId, TripleSource content, Function<Release, Graph> catalogAdditions, Instant now) {
        Objects.requireNonNull(content, "content");
        Node graphName = iris.sourceGraph(sourceId);
        String releaseId = nextReleaseId(now);
        return Txn.calculateWrite(dataset, () -> {
            DatasetGraph dsg = datasetGraph();
            dsg.deleteAny(graphName, Node.ANY, Node.ANY, Node.ANY);
            // Straight to the quad table: TDB2's bulk loaders either run their own transaction
            // (basic, sequential), which would split this write in two, or are not crash-safe
            // (phased, parallel); with data already in the store they add rows the same way.
            // (A release built aside loads the graph with the phased loader instead: recordLoadedSource.)
            content.forEach(t -> dsg.add(graphName, t.getSubject(), t.getPredicate(), t.getObject()));
            return completeSource(dsg, sourceId, content, catalogAdditions, releaseId, now);
        });
    }

    /**
     * Records a release of a source whose graph a bulk load has just written: what {@link
     * #replaceSource(String, TripleSource, Function)} does after it has written the triples
     * (the derived triples added, {@code catalogAdditions} and the release recorded, the stamp
     * moved), in one write transaction. For a database that nobody reads until it is complete,
     * such as the next release being built aside, where TDB2's parallel loader may write the
     * source graph (it is not crash-safe, but a crashed build is thrown away whole).
     *
     * @param content the source as loaded; only its {@link TripleSource#derivedFrom} is used here
     */
    public Release recordLoadedSource(
            String sourceId, TripleSource content, Function<Release, Graph> catalogAdditions) {
        Instant now = Instant.now();
        String releaseId = nextReleaseId(now);
        return Txn.calculateWrite(
                dataset, () -> completeSource(datasetGraph(), sourceId, content, catalogAdditions, releaseId, now));
    }

    /** Inside a write transaction, after the source graph is written: derivations, catalog, release, stamp. */
    private Release completeSource(
            DatasetGraph dsg,
            String sourceId,
            TripleSource content,
            Function<Release, Graph> catalogAdditions,
            String releaseId,
            Instant now) {
        Node graphName = iris.sourceGraph(sourceId);
        // Derived triples (aggregates) are computed over the graph as stored, then added to it:
        // materialised first, since adding while a query still reads the graph is not allowed.
        Graph derived = GraphFactory.createDefaultGraph();
        content.derivedFrom(dsg.getGraph(graphName)).find().forEachRemaining(derived::add);
        derived.find().forEachRemaining(t -> dsg.add(graphName, t.getSubject(), t.getPredicate(), t.getObject()));
        Release release =
                new Release(sourceId, releaseId, now, dsg.getGraph(graphName).size());
        Graph catalog = dsg.getGraph(iris.catalogGraph());
        Graph additions =
                catalogAdditions == null ? GraphFactory.createDefaultGraph() : catalogAdditions.apply(release);
        additions.find().forEachRemaining(catalog::add);
        recordRelease(catalog, release);
        return release;
    }

    /**
     * Records a new release of each source in {@code sourceIds} as its graph now stands, in one
     * write transaction with one release id: for a write made to the graphs directly (a SPARQL
     * Update, a Graph Store write) rather than through {@link #replaceSource}. {@code
     * catalogAdditions} (provenance) is given the releases being recorded.
     *
     * @return the releases recorded, in the order of {@code sourceIds}
     */
    public List<Release> recordReleases(List<String> sourceIds, Function<List<Release>, Graph> catalogAdditions) {
        Instant now = Instant.now();
        String releaseId = nextReleaseId(now);
        return Txn.calculateWrite(dataset, () -> {
            DatasetGraph dsg = datasetGraph();
            List<Release> releases = new ArrayList<>();
            for (String sourceId : sourceIds) {
                releases.add(new Release(
                        sourceId,
                        releaseId,
                        now,
                        dsg.getGraph(iris.sourceGraph(sourceId)).size()));
            }
            Graph catalog = dsg.getGraph(iris.catalogGraph());
            if (catalogAdditions != null) {
                catalogAdditions.apply(releases).find().forEachRemaining(catalog::add);
            }
            releases.forEach(r -> recordRelease(catalog, r));
            return releases;
        });
    }

    /**
     * Changes the catalog graph alone, in one write transaction that also moves the store
     * stamp: a change of what the catalog says (old releases' downloads withdrawn) is a
     * release of the platform like any write, though no source graph changes.
     *
     * @return the new store release id
     */
    public String changeCatalog(Consumer<Graph> change) {
        String releaseId = nextReleaseId(Instant.now());
        Txn.executeWrite(dataset, () -> {
            Graph catalog = datasetGraph().getGraph(iris.catalogGraph());
            change.accept(catalog);
            stamp(catalog, releaseId);
        });
        return releaseId;
    }

    /** The recorded releases of one source, oldest first. */
    public List<Release> releases(String sourceId) {
        return read(() -> {
            Graph catalog = datasetGraph().getGraph(iris.catalogGraph());
            List<Release> out = new ArrayList<>();
            Node series = iris.dataset(sourceId);
            catalog.find(Node.ANY, DCAT3.inSeries.asNode(), series).forEachRemaining(t -> {
                Node r = t.getSubject();
                String id = object(catalog, r, GG.releaseId.asNode());
                String issued = object(catalog, r, DCTerms.issued.asNode());
                String triples = object(catalog, r, VOID.triples.asNode());
                if (id != null && issued != null && triples != null) {
                    out.add(new Release(sourceId, id, Instant.parse(issued), Long.parseLong(triples)));
                }
            });
            out.sort(Comparator.comparing(Release::releaseId));
            return out;
        });
    }

    /** The latest release of a source, if it was ever ingested. */
    public Optional<Release> latestRelease(String sourceId) {
        List<Release> all = releases(sourceId);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /** A copy of one named graph, taken in a read transaction (for tests and exports of small graphs). */
    public Graph copyOf(Node graphName) {
        return read(() -> {
            Graph copy = GraphFactory.createDefaultGraph();
            datasetGraph().getGraph(graphName).find().forEachRemaining(copy::add);
            return copy;
        });
    }

    @Override
    public void close() {
        if (location != null) {
            // Release the directory so that another Store (or a test's cleanup) can use it.
            TDBInternal.expel(datasetGraph());
        }
        dataset.close();
    }

    private String nextReleaseId(Instant now) {
        String candidate = Release.idFor(now);
        String previous = release().orElse("");
        // Ids must grow: two writes within one millisecond, or a clock set back, still get a later id.
        if (candidate.compareTo(previous) <= 0) {
            candidate = previous + "-1";
        }
        return candidate;
    }

    private void recordRelease(Graph catalog, Release release) {
        Node r = iris.release(release.sourceId(), release.releaseId());
        Node series = iris.dataset(release.sourceId());
        catalog.add(Triple.create(r, RDF.type.asNode(), DCAT3.Dataset.asNode()));
        if (!catalog.contains(r, DCTerms.title.asNode(), Node.ANY)) {
            // Every dcat:Dataset has a title (the catalog shape); provenance usually gives a better one.
            catalog.add(Triple.create(
                    r,
                    DCTerms.title.asNode(),
                    NodeFactory.createLiteralLang(release.sourceId() + ", release " + release.releaseId(), "en")));
        }
        catalog.add(Triple.create(r, DCAT3.inSeries.asNode(), series));
        catalog.add(Triple.create(r, GG.releaseId.asNode(), NodeFactory.createLiteralString(release.releaseId())));
        catalog.add(Triple.create(r, GG.sourceId.asNode(), NodeFactory.createLiteralString(release.sourceId())));
        catalog.add(Triple.create(
                r,
                DCTerms.issued.asNode(),
                NodeFactory.createLiteralDT(release.issued().toString(), XSDDatatype.XSDdateTime)));
        catalog.add(Triple.create(
                r,
                VOID.triples.asNode(),
                NodeFactory.createLiteralDT(Long.toString(release.triples()), XSDDatatype.XSDinteger)));
        catalog.add(Triple.create(series, RDF.type.asNode(), DCAT3.DatasetSeries.asNode()));
        catalog.add(Triple.create(series, GG.sourceId.asNode(), NodeFactory.createLiteralString(release.sourceId())));
        catalog.add(Triple.create(series, DCAT3.last.asNode(), r));
        // dcat:last names one release only: drop the previous one's claim.
        List<Triple> stale = new ArrayList<>();
        catalog.find(series, DCAT3.last.asNode(), Node.ANY).forEachRemaining(t -> {
            if (!t.getObject().equals(r)) {
                stale.add(t);
            }
        });
        stale.forEach(catalog::delete);
        stamp(catalog, release.releaseId());
    }

    /** Moves the store-wide release stamp to {@code releaseId}. */
    private void stamp(Graph catalog, String releaseId) {
        catalog.remove(iris.storeNode(), GG.storeRelease.asNode(), Node.ANY);
        catalog.add(Triple.create(iris.storeNode(), RDF.type.asNode(), GG.Store.asNode()));
        catalog.add(
                Triple.create(iris.storeNode(), GG.storeRelease.asNode(), NodeFactory.createLiteralString(releaseId)));
    }

    private static String object(Graph g, Node s, Node p) {
        var it = g.find(s, p, Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : null;
        } finally {
            it.close();
        }
    }

    private void installOntology() {
        Graph bundled = Ontology.graph();
        Node name = iris.ontologyGraph();
        boolean current = read(() -> datasetGraph().getGraph(name).isIsomorphicWith(bundled));
        if (!current) {
            // A new store, or one written by another version of govgraph: bring the ontology up to date.
            Txn.executeWrite(dataset, () -> {
                DatasetGraph dsg = datasetGraph();
                dsg.deleteAny(name, Node.ANY, Node.ANY, Node.ANY);
                bundled.find().forEachRemaining(t -> dsg.add(new Quad(name, t)));
            });
        }
    }
}

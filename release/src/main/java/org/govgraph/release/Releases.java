package org.govgraph.release;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.jena.atlas.io.IO;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.govgraph.ingest.IngestRunner;
import org.govgraph.model.Iris;
import org.govgraph.model.store.Release;
import org.govgraph.model.store.Store;
import org.govgraph.model.store.StoreException;
import org.govgraph.model.store.TripleSource;
import org.govgraph.release.publish.Publisher;
import org.govgraph.search.SearchBackend;
import org.govgraph.search.SearchIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How a release is made and published: the platform's releases, the one served now and the
 * next one, built aside while the current one keeps answering.
 *
 * <p>Every write, an ingest as much as a SPARQL Update, goes the same way ({@link #prepare}):
 * a new TDB2 database is bulk-loaded from the current release (less the graphs the write
 * replaces), the write is applied to it in one transaction, its downloads are published and
 * its search index is built, and only then does the platform switch to it: the pointer file
 * {@code DIR/current} is replaced atomically (the commit point, which a crash leaves either
 * before or after) and new requests are served from the new release, while requests in
 * flight finish on the old one, whose directory is deleted when its last reader leaves. So
 * SPARQL, search, pages, catalog and downloads always answer from one release, no reader
 * waits for a writer, and the database on disk is always as compact as a fresh load of what
 * it holds (TDB2 keeps every old version of a database it writes in place until compacted).
 *
 * <p>Layout: {@code DIR/releases/{name}/tdb2} and {@code .../index} for the current release,
 * {@code DIR/current} naming it, {@code DIR/downloads/} for the published files of every
 * release (kept: releases are cited). A store of the earlier layout ({@code DIR/tdb2},
 * {@code DIR/index}) is moved into it when opened.
 */
public final class Releases implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Releases.class);
    static final String RELEASES = "releases";
    static final String CURRENT = "current";
    static final String DOWNLOADS = "downloads";
    private static final String BUILDING = "building-";
    private static final String INITIAL = "initial";

    private final Path dir;
    private final Iris iris;
    private final Path downloads;
    private final AtomicReference<PlatformRelease> current;
    private final ReentrantLock writer = new ReentrantLock();
    private final List<Consumer<PlatformRelease>> beforeServing = new CopyOnWriteArrayList<>();
    private final List<Consumer<PlatformRelease>> afterServing = new CopyOnWriteArrayList<>();
    /** Where each release's search index is kept. */
    private final SearchBackend search;

    private volatile Activity activity;

    /** What the writer is doing now, for health reports. */
    public record Activity(String what, Instant since) {}

    private Releases(Path dir, Iris iris, Path downloads, PlatformRelease first, SearchBackend search) {
        this.search = search;
        this.dir = dir;
        this.iris = iris;
        this.downloads = downloads;
        this.current = new AtomicReference<>(first);
    }

    /**
     * Opens the platform in {@code dir}, creating it if needed, with the base its IRIs were
     * minted under ({@code defaultBase} for a new one).
     *
     * @throws StoreException when the current release cannot be opened (another process holds
     *                        it, another base), with a message that says so
     */
    public static Releases open(Path dir, String defaultBase) {
        return open(dir, releaseDir -> Store.open(releaseDir, defaultBase), SearchBackend.LUCENE);
    }

    /** Opens the platform in {@code dir} under {@code iris}, refusing a store minted under another base. */
    public static Releases open(Path dir, Iris iris) {
        return open(dir, iris, SearchBackend.LUCENE);
    }

    /** The same, with each release's search index kept by {@code search} (e.g. in an OpenSearch cluster). */
    public static Releases open(Path dir, Iris iris, SearchBackend search) {
        return open(dir, releaseDir -> Store.open(releaseDir, iris), search);
    }

    /** Opens the platform in {@code dir} with the base of {@code defaultBase} for a new one, and {@code search}'s indices. */
    public static Releases open(Path dir, String defaultBase, SearchBackend search) {
        return open(dir, releaseDir -> Store.open(releaseDir, defaultBase), search);
    }

    private static Releases open(Path dir, Function<Path, Store> opener, SearchBackend search) {
        Path releases = dir.resolve(RELEASES);
        try {
            Files.createDirectories(releases);
        } catch (IOException e) {
            throw new StoreException("Cannot create the store directory " + dir + ": " + e.getMessage(), e);
        }
        migrateEarlierLayout(dir);
        String name = readPointer(dir).orElse(INITIAL);
        Path releaseDir = releases.resolve(name);
        Store store = opener.apply(releaseDir);
        try {
            writePointer(dir, name);
            removeAllBut(releases, name);
            SearchIndex index = search.forRelease(store, releaseDir);
            Path downloads = dir.resolve(DOWNLOADS);
            return new Releases(
                    dir,
                    store.iris(),
                    downloads,
                    new PlatformRelease(store, index, new Publisher(store, downloads), releaseDir, true),
                    search);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /**
     * A platform that serves {@code store} (for tests and in-memory use): later releases are
     * built in memory, and {@code store} stays the caller's to close.
     */
    public static Releases serving(Store store, SearchIndex index) {
        Publisher publisher = Publisher.forStore(store);
        return new Releases(
                null,
                store.iris(),
                publisher.downloadsDir(),
                new PlatformRelease(store, index, publisher, null, false),
                SearchBackend.LUCENE);
    }

    /** The release served now, held until the lease is closed: the one a request answers from. */
    public Lease acquire() {
        while (true) {
            PlatformRelease release = current.get();
            if (release.acquire()) {
                return new Lease(release);
            }
            // Retired between the read and the hold: the next read sees its successor.
        }
    }

    /** The release served now, not held (for reports; a request uses {@link #acquire()}). */
    public PlatformRelease current() {
        return current.get();
    }

    public Iris iris() {
        return iris;
    }

    /** The platform directory, empty in memory. */
    public Optional<Path> directory() {
        return Optional.ofNullable(dir);
    }

    /** Where every release's files are published. */
    public Path downloadsDirectory() {
        return downloads;
    }

    /** What a write is doing now, if one is under way. */
    public Optional<Activity> activity() {
        return Optional.ofNullable(activity);
    }

    /**
     * Runs {@code action} on each release before it is served (and now on the current one), so
     * that a server can set its query limits on the release's dataset first.
     */
    public void beforeServing(Consumer<PlatformRelease> action) {
        beforeServing.add(action);
        action.accept(current.get());
    }

    /**
     * Runs {@code action} on each release once it is served (and now on the current one), on
     * the writer's thread: an action that takes long (a release bundle) hands its work on.
     */
    public void afterServing(Consumer<PlatformRelease> action) {
        afterServing.add(action);
        action.accept(current.get());
    }

    /**
     * A new, empty directory beside the served release for a release built elsewhere (a
     * replica's download of a bundle): it holds {@code tdb2/}, {@code index/} and
     * {@code downloads/}; {@link #adopt} switches to it, and what a crash leaves of it is
     * deleted when the platform is next opened.
     */
    public Path stagingDirectory() {
        Path staged = Objects.requireNonNull(dir, "a platform in memory has no directory")
                .resolve(RELEASES)
                .resolve(BUILDING + UUID.randomUUID());
        try {
            Files.createDirectories(staged);
        } catch (IOException e) {
            throw new StoreException("Cannot create " + staged + ": " + e.getMessage(), e);
        }
        return staged;
    }

    /**
     * Builds the search index of the database in {@code staged} (from {@link #stagingDirectory}),
     * as a write builds that of each release: for a replica that loaded the release from its
     * primary's published files, which carry no index. {@link #adopt} then serves it. An index
     * already at that release is kept: the primary's, when both search one OpenSearch cluster.
     */
    public void buildIndex(Path staged) {
        try (Store store = Store.open(staged, iris);
                SearchIndex index = search.forRelease(store, staged)) {
            index.ensureCurrent();
        }
    }

    /**
     * Serves a release built elsewhere, complete in {@code staged} (from {@link #stagingDirectory}):
     * its downloads are moved into the platform's, then the platform switches to it exactly as
     * after a write (the pointer file is the commit point; readers in flight finish on the old
     * release). Refuses a database minted under another base.
     */
    public PlatformRelease adopt(Path staged) {
        writer.lock();
        try {
            activity = new Activity("adopt " + staged.getFileName(), Instant.now());
            moveDownloads(staged.resolve(DOWNLOADS), downloads);
            Store next = Store.open(staged, iris);
            try {
                // The bundle's index is checked where it lies; a backend other than Lucene builds its own.
                try (SearchIndex index = search.forRelease(next, staged)) {
                    if (search == SearchBackend.LUCENE ? !index.isCurrent() : !index.ensureCurrent()) {
                        throw new StoreException("The search index in " + staged + " is not that of its database");
                    }
                }
                return switchTo(next, staged);
            } catch (RuntimeException e) {
                next.close();
                throw e;
            }
        } finally {
            activity = null;
            writer.unlock();
        }
    }

    /**
     * Starts the next release: a copy of the current one without {@code replacedGraphs},
     * which the caller changes through {@link Candidate#store()} and then commits or closes.
     * Writes are serialised: this waits for a write under way.
     *
     * @param what what the write is, for health reports ("ingest ca-si")
     */
    public Candidate prepare(String what, Set<Node> replacedGraphs) {
        return prepare(what, replacedGraphs, null, null);
    }

    /**
     * {@link #prepare(String, Set)} with {@code content} bulk-loaded into the graph {@code graph} of the next
     * release, in the same load as the copy.
     */
    private Candidate prepare(String what, Set<Node> replacedGraphs, Node graph, TripleSource content) {
        writer.lock();
        try {
            activity = new Activity(what, Instant.now());
            PlatformRelease base = current.get();
            base.acquire();
            Path buildDir = dir == null ? null : dir.resolve(RELEASES).resolve(BUILDING + UUID.randomUUID());
            Store next = null;
            try {
                next = buildDir == null ? Store.inMemory(iris) : Store.open(buildDir, iris);
                StoreCopy.copy(base.store(), next, replacedGraphs, graph, content);
                return new Candidate(this, base, next, buildDir);
            } catch (RuntimeException e) {
                base.release();
                abandon(next, buildDir);
                throw e;
            }
        } catch (RuntimeException e) {
            activity = null;
            writer.unlock();
            throw e;
        }
    }

    /** The ingest's writer: each validated source graph becomes a release of its own. */
    public IngestRunner.SourceWriter sourceWriter() {
        return this::replaceSource;
    }

    /**
     * Replaces one source's graph as a new release: {@link #prepare} loads the copy and {@code content} in one
     * bulk load, the store records the release, {@link Candidate#commit()} switches.
     */
    public Release replaceSource(String sourceId, TripleSource content, Function<Release, Graph> catalogAdditions) {
        Node graph = iris.sourceGraph(sourceId);
        try (Candidate next = prepare("ingest " + sourceId, Set.of(graph), graph, content)) {
            Release release = next.store().recordLoadedSource(sourceId, content, catalogAdditions);
            next.commit();
            return release;
        }
    }

    /**
     * Withdraws the downloads of all but the newest {@code keep} releases of each source and
     * deletes their files, reclaiming the disk they use; with {@code dryRun}, only says what
     * it would do. The catalog is changed first, as a release of its own, so that no catalog
     * the platform serves offers a file that is gone; then the folders the catalog no longer
     * offers are deleted (also those of builds that stopped before their switch). Holds the
     * writer throughout, so that no write publishes into the downloads while they are pruned.
     */
    public Pruning prune(int keep, boolean dryRun) {
        writer.lock();
        try {
            List<Release> withdrawn = current.get().publisher().withdrawable(keep);
            if (dryRun) {
                return Pruning.of(withdrawn, current.get().publisher().unofferedFolders(withdrawn), false);
            }
            if (!withdrawn.isEmpty()) {
                try (Candidate next = prepare("prune --keep " + keep, Set.of())) {
                    new Publisher(next.store(), downloads).withdraw(withdrawn);
                    next.commit();
                }
            }
            List<Path> deleted = current.get().publisher().unofferedFolders(List.of());
            Pruning pruning = Pruning.of(withdrawn, deleted, true);
            deleted.forEach(IO::deleteAll);
            return pruning;
        } finally {
            writer.unlock();
        }
    }

    @Override
    public void close() {
        current.get().release();
        search.close();
    }

    /** Called by a candidate that commits: publish, index, move into place, point to it, switch. */
    PlatformRelease commit(Candidate candidate) {
        Store next = candidate.store();
        Path buildDir = candidate.buildDirectory();
        new Publisher(next, downloads).publishAll();
        if (buildDir == null) {
            SearchIndex index = search.forRelease(next, null);
            index.rebuild();
            return serve(new PlatformRelease(next, index, new Publisher(next, downloads), null, true));
        }
        try (SearchIndex index = search.forRelease(next, buildDir)) {
            index.rebuild();
        }
        return switchTo(next, buildDir);
    }

    /** Moves a complete release in {@code buildDir} to its place and serves it; {@code next} is closed first. */
    private PlatformRelease switchTo(Store next, Path buildDir) {
        String name =
                next.release().orElseThrow(() -> new StoreException("The release in " + buildDir + " holds no data"));
        next.close();
        Path releaseDir = dir.resolve(RELEASES).resolve(name);
        if (releaseDir.equals(current.get().directory().orElse(null))) {
            throw new StoreException("Release " + name + " is served already");
        }
        move(buildDir, releaseDir);
        Store reopened = Store.open(releaseDir, iris);
        PlatformRelease released = new PlatformRelease(
                reopened,
                search.forRelease(reopened, releaseDir),
                new Publisher(reopened, downloads),
                releaseDir,
                true);
        return serve(released);
    }

    /** Serves {@code released}: its query limits set, the pointer moved (the commit point), the swap. */
    private PlatformRelease serve(PlatformRelease released) {
        beforeServing.forEach(action -> action.accept(released));
        released.directory().ifPresent(d -> writePointer(dir, d.getFileName().toString()));
        PlatformRelease previous = current.getAndSet(released);
        previous.retire();
        LOG.info("Release {} is served (was {})", released.id(), previous.id());
        afterServing.forEach(action -> action.accept(released));
        return released;
    }

    /** Called by a candidate when it ends, committed or not. */
    void finish(Candidate candidate, boolean committed) {
        try {
            candidate.base().release();
            if (!committed) {
                abandon(candidate.store(), candidate.buildDirectory());
            }
        } finally {
            activity = null;
            writer.unlock();
        }
    }

    /** Moves each release folder ({@code {source}/{release}}) of {@code from} into {@code to}, but those there already. */
    private static void moveDownloads(Path from, Path to) {
        if (!Files.isDirectory(from)) {
            return;
        }
        try (Stream<Path> sources = Files.list(from)) {
            for (Path source : sources.toList()) {
                Files.createDirectories(to.resolve(source.getFileName().toString()));
                try (Stream<Path> folders = Files.list(source)) {
                    for (Path folder : folders.toList()) {
                        // A published release's files never change: one already there is the same.
                        Path target = to.resolve(source.getFileName().toString())
                                .resolve(folder.getFileName().toString());
                        if (!Files.exists(target)) {
                            move(folder, target);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new StoreException("Cannot move the downloads of " + from + ": " + e.getMessage(), e);
        }
    }

    private static void abandon(Store store, Path buildDir) {
        if (store != null) {
            store.close();
        }
        if (buildDir != null) {
            IO.deleteAll(buildDir);
        }
    }

    /** Moves a store of the first layout ({@code DIR/tdb2}, {@code DIR/index}) to be the current release. */
    private static void migrateEarlierLayout(Path dir) {
        Path tdb2 = dir.resolve("tdb2");
        if (!Files.isDirectory(tdb2) || readPointer(dir).isPresent()) {
            return;
        }
        // Opened once first: TDB2's lock refuses a store another process holds, before anything moves.
        Store.open(dir, Iris.defaults().base()).close();
        Path target = dir.resolve(RELEASES).resolve("migrated");
        try {
            Files.createDirectories(target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        move(tdb2, target.resolve("tdb2"));
        if (Files.isDirectory(dir.resolve("index"))) {
            move(dir.resolve("index"), target.resolve("index"));
        }
        writePointer(dir, "migrated");
        LOG.info("Store {} moved to the release layout ({}/releases/migrated)", dir, dir);
    }

    private static Optional<String> readPointer(Path dir) {
        Path pointer = dir.resolve(CURRENT);
        try {
            if (!Files.exists(pointer)) {
                return Optional.empty();
            }
            String name = Files.readString(pointer, StandardCharsets.UTF_8).strip();
            return name.isEmpty() ? Optional.empty() : Optional.of(name);
        } catch (IOException e) {
            throw new StoreException("Cannot read " + pointer + ": " + e.getMessage(), e);
        }
    }

    private static void writePointer(Path dir, String name) {
        Path pointer = dir.resolve(CURRENT);
        Path temporary = dir.resolve(CURRENT + ".new");
        try {
            Files.writeString(temporary, name + "\n", StandardCharsets.UTF_8);
            try (var channel = java.nio.channels.FileChannel.open(temporary, java.nio.file.StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(temporary, pointer, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new StoreException("Cannot write " + pointer + ": " + e.getMessage(), e);
        }
    }

    /** Deletes what a crash or a switch left in {@code DIR/releases}: unfinished builds, retired releases. */
    private static void removeAllBut(Path releases, String keep) {
        try (Stream<Path> entries = Files.list(releases)) {
            for (Path entry : entries.toList()) {
                if (!entry.getFileName().toString().equals(keep)) {
                    LOG.info("Removing {} (not the current release)", entry);
                    IO.deleteAll(entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + releases, e);
        }
    }

    private static void move(Path from, Path to) {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StoreException("Cannot move " + from + " to " + to + ": " + e.getMessage(), e);
        }
    }

    /** A hold on the release a reader answers from; close it when the answer is complete. */
    public static final class Lease implements AutoCloseable {
        private final PlatformRelease release;
        private boolean closed;

        private Lease(PlatformRelease release) {
            this.release = Objects.requireNonNull(release);
        }

        public PlatformRelease release() {
            return release;
        }

        @Override
        public void close() {
            if (!closed) {
                closed = true;
                release.release();
            }
        }
    }
}

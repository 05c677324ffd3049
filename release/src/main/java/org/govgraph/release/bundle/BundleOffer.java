package org.govgraph.release.bundle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.jena.atlas.io.IO;
import org.govgraph.release.Releases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The primary's side of replication: after each release is served, its bundle is written to
 * {@code DIR/bundles/{release}} on a thread of its own (the write that made the release has
 * returned by then), and the newest {@value #KEPT} bundles are kept, so that a replica still
 * downloading the previous one can finish.
 */
public final class BundleOffer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BundleOffer.class);
    /** Bundles kept: the current release's and the one before. */
    static final int KEPT = 2;

    private final Releases releases;
    private final Path directory;
    private final List<Runnable> afterWriting = new CopyOnWriteArrayList<>();
    private final ExecutorService builder = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "govgraph-bundles");
        t.setDaemon(true);
        return t;
    });

    private BundleOffer(Releases releases, Path directory) {
        this.releases = releases;
        this.directory = directory;
    }

    /** An offer of the bundles of {@code releases} in {@code DIR/bundles}; {@link #start()} begins writing them. */
    public static BundleOffer open(Releases releases) {
        Path dir = releases.directory()
                .orElseThrow(() -> new IllegalArgumentException("A platform in memory offers no bundles"))
                .resolve("bundles");
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + dir, e);
        }
        return new BundleOffer(releases, dir);
    }

    /** Writes a bundle of each release from now on, the current one's first (once the server has completed it). */
    public BundleOffer start() {
        releases.afterServing(release -> builder.execute(() -> build(release.id())));
        return this;
    }

    /** Runs {@code action} after each bundle is written (on the thread that wrote it): a replica waiting for it may now follow. */
    public void afterWriting(Runnable action) {
        afterWriting.add(action);
    }

    /** The bundle of release {@code id}, once it is complete. */
    public Optional<ReleaseBundle> bundle(String releaseId) {
        if (releaseId.isEmpty() || releaseId.startsWith(".")) {
            return Optional.empty();
        }
        Path dir = directory.resolve(releaseId);
        return dir.getParent().equals(directory) && ReleaseBundle.isComplete(dir)
                ? Optional.of(ReleaseBundle.read(releaseId, dir))
                : Optional.empty();
    }

    /** The feed of the release served now. */
    public ReleaseFeed feed() {
        String current = releases.current().id();
        return ReleaseFeed.of(
                current, releases.iris().base(), true, bundle(current).orElse(null));
    }

    private void build(String releaseId) {
        try (Releases.Lease lease = releases.acquire()) {
            // A newer release was served meanwhile: its own turn comes next.
            if (!lease.release().id().equals(releaseId)
                    || releaseId.isEmpty()
                    || ReleaseBundle.isComplete(directory.resolve(releaseId))) {
                return;
            }
            long start = System.nanoTime();
            ReleaseBundle bundle = ReleaseBundle.build(lease.release(), directory.resolve(releaseId));
            LOG.info(
                    "Bundle of release {} written: {} files, {} bytes in {} ms",
                    releaseId,
                    bundle.files().size(),
                    bundle.files().stream().mapToLong(BundleFile::size).sum(),
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
            removeOlder();
            afterWriting.forEach(Runnable::run);
        } catch (RuntimeException e) {
            LOG.error(
                    "The bundle of release {} could not be written; replicas stay at the release before", releaseId, e);
        }
    }

    /** Deletes all but the newest {@value #KEPT} bundles (release ids grow, so they sort by age). */
    private void removeOlder() {
        try (Stream<Path> entries = Files.list(directory)) {
            List<Path> bundles = entries.filter(ReleaseBundle::isComplete)
                    .sorted(Comparator.comparing((Path p) -> p.getFileName().toString())
                            .reversed())
                    .toList();
            bundles.stream().skip(KEPT).forEach(IO::deleteAll);
        } catch (IOException e) {
            LOG.warn("Cannot list {} to remove older bundles: {}", directory, e.getMessage());
        }
    }

    @Override
    public void close() {
        builder.shutdownNow();
    }
}

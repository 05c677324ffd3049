package org.govgraph.release.bundle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.atlas.io.IO;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.IOContext;
import org.govgraph.model.store.Store;
import org.govgraph.release.PlatformRelease;
import org.govgraph.release.StoreCopy;

/**
 * One release as a replica receives it, in a directory of its own: {@code tdb2/} (the
 * release's database, bulk-loaded from a read transaction of the served one, so compact and
 * never a copy of live files), {@code index/} (the files of the search index's latest
 * commit, copied by Lucene), {@code downloads/{source}/{release}/} (the published files the
 * release's catalog offers) and {@value Checksums#FILE_NAME}. The layout is that of a release
 * directory, so a replica serves it as it is.
 *
 * @param releaseId the release it holds
 * @param directory where it is
 * @param files     every file but the checksum list, with size and SHA-256
 */
public record ReleaseBundle(String releaseId, Path directory, List<BundleFile> files) {
    /** TDB2's process lock: it names the process that wrote the bundle, which must not lock the replica out. */
    private static final String TDB_LOCK = "tdb.lock";

    public ReleaseBundle {
        files = List.copyOf(files);
    }

    /** Reads a bundle written by {@link #build}. */
    public static ReleaseBundle read(String releaseId, Path directory) {
        return new ReleaseBundle(releaseId, directory, Checksums.read(directory));
    }

    /** Whether {@code directory} holds a complete bundle (the checksum list is written last). */
    public static boolean isComplete(Path directory) {
        return Files.isRegularFile(directory.resolve(Checksums.FILE_NAME));
    }

    /**
     * Writes the bundle of {@code release}, which the caller holds, to {@code target}: built
     * in a sibling directory and moved into place complete.
     */
    public static ReleaseBundle build(PlatformRelease release, Path target) {
        Path releaseDir = release.directory()
                .orElseThrow(() -> new IllegalArgumentException("A release in memory has no bundle"));
        Path building = target.resolveSibling("." + target.getFileName() + ".building");
        deleteIfPresent(building);
        try {
            Files.createDirectories(building);
            try (Store copy = Store.open(building, release.store().iris())) {
                StoreCopy.copy(release.store(), copy, Set.of());
            }
            removeLocks(building.resolve("tdb2"));
            copyIndex(releaseDir.resolve("index"), building.resolve("index"));
            Path downloads = release.publisher().downloadsDir();
            for (Path folder : release.publisher().offeredFolders()) {
                linkAll(folder, building.resolve("downloads").resolve(downloads.relativize(folder)));
            }
            List<BundleFile> files = Checksums.of(building);
            Checksums.write(building, files);
            Files.move(building, target, StandardCopyOption.ATOMIC_MOVE);
            return new ReleaseBundle(release.id(), target, files);
        } catch (IOException e) {
            deleteIfPresent(building);
            throw new UncheckedIOException("Cannot write the bundle of release " + release.id() + " to " + target, e);
        } catch (RuntimeException e) {
            deleteIfPresent(building);
            throw e;
        }
    }

    /** Deletes a directory tree, if there is one (Jena's deleteAll fails on none). */
    static void deleteIfPresent(Path directory) {
        if (Files.exists(directory)) {
            IO.deleteAll(directory);
        }
    }

    /** Deletes TDB2's lock files (of the database and of its data directory). */
    private static void removeLocks(Path tdb2) throws IOException {
        try (Stream<Path> files = Files.walk(tdb2)) {
            for (Path lock : files.filter(f -> f.getFileName().toString().equals(TDB_LOCK))
                    .toList()) {
                Files.delete(lock);
            }
        }
    }

    /** Copies the files of the index's latest commit: Lucene never changes a file once committed. */
    private static void copyIndex(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Directory source = FSDirectory.open(from);
                Directory target = FSDirectory.open(to)) {
            SegmentInfos commit = SegmentInfos.readLatestCommit(source);
            for (String file : commit.files(true)) {
                target.copyFrom(source, file, file, IOContext.DEFAULT);
            }
            target.sync(commit.files(true));
            target.syncMetaData();
        }
    }

    /**
     * Links (or, across file systems, copies) a release folder's published files: they never
     * change, so a link is a copy, and it keeps the bytes should a prune delete the folder.
     */
    private static void linkAll(Path folder, Path target) throws IOException {
        Files.createDirectories(target);
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path link = target.resolve(file.getFileName().toString());
                try {
                    Files.createLink(link, file);
                } catch (FileSystemException | UnsupportedOperationException e) {
                    Files.copy(file, link);
                }
            }
        }
    }
}

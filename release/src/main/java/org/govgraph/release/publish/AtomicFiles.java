package org.govgraph.release.publish;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a file so that no reader ever sees it half-written: the bytes go to a temporary
 * name in the same directory, and only a complete file is moved to its name, atomically.
 * The SHA-256 and length are taken from the bytes as they go to disk, so the catalog
 * describes exactly what is served.
 */
final class AtomicFiles {
    /** What writes a file's content (uncompressed: gzip is added by {@link #write}). */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {}

    static PublishedFile write(Path dir, String fileName, FileFormat format, Content content) {
        Path target = dir.resolve(fileName);
        String sha256 = write(target, format.gzip(), content);
        return new PublishedFile(fileName, format, target, sizeOf(target), sha256);
    }

    /** Writes a file that is not a distribution (the exported catalog), uncompressed. */
    static Path writePlain(Path dir, String fileName, Content content) {
        Path target = dir.resolve(fileName);
        write(target, false, content);
        return target;
    }

    /** Writes {@code target} through a temporary file; returns the SHA-256 of the bytes written. */
    private static String write(Path target, boolean gzip, Content content) {
        Path dir = target.getParent();
        Path temp = null;
        try {
            Files.createDirectories(dir);
            temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".part");
            MessageDigest sha = sha256();
            try (OutputStream file = new DigestOutputStream(
                            new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16), sha);
                    OutputStream body = gzip ? new GZIPOutputStream(file, 1 << 16) : file) {
                content.writeTo(body);
            }
            move(temp, target);
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new CatalogException("Cannot write " + target + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(temp);
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new CatalogException("Cannot read the size of " + file + ": " + e.getMessage(), e);
        }
    }

    /** The length and SHA-256 of a file on disk, read once. */
    static PublishedFile describe(Path file, FileFormat format) {
        MessageDigest sha = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha)) {
            long size = in.transferTo(OutputStream.nullOutputStream());
            return new PublishedFile(
                    file.getFileName().toString(),
                    format,
                    file,
                    size,
                    HexFormat.of().formatHex(sha.digest()));
        } catch (IOException e) {
            throw new CatalogException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Copies a file to {@code target} the same way: complete or not at all. */
    static void copy(Path source, Path target) {
        Path temp = null;
        try {
            Files.createDirectories(target.getParent());
            temp = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".part");
            Files.copy(source, temp, StandardCopyOption.REPLACE_EXISTING);
            move(temp, target);
        } catch (IOException e) {
            throw new CatalogException("Cannot copy " + source + " to " + target + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(temp);
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        // A temporary file is private to its owner; a published file is for everyone to read.
        if (Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-r--r--"));
        }
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Same directory, so this only happens on exotic file systems; a plain rename is the best left.
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp != null) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // A stray .part file is harmless: it is never served (its name matches no download pattern).
            }
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}

package org.govgraph.release.bundle;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The checksum list of a bundle: a SHA-256 per file, written as {@value #FILE_NAME} in the
 * format of coreutils' {@code sha256sum} ({@code <hex>  <path>}), so that anyone can check a
 * bundle on disk with {@code sha256sum -c SHA256SUMS}; and the check of a file received.
 */
public final class Checksums {
    /** The checksum list's name in a bundle's directory. */
    public static final String FILE_NAME = "SHA256SUMS";

    private Checksums() {}

    /** Every file under {@code dir} (but the list itself), sorted by path, with its size and SHA-256. */
    public static List<BundleFile> of(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            List<BundleFile> out = new ArrayList<>();
            for (Path file : files.filter(Files::isRegularFile)
                    .sorted(Comparator.comparing(dir::relativize))
                    .toList()) {
                String path = relativePath(dir, file);
                if (!path.equals(FILE_NAME)) {
                    out.add(new BundleFile(path, Files.size(file), sha256(file)));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + dir, e);
        }
    }

    /** Writes the list of {@code files} as {@code dir/SHA256SUMS}. */
    public static void write(Path dir, List<BundleFile> files) {
        try (BufferedWriter out = Files.newBufferedWriter(dir.resolve(FILE_NAME), StandardCharsets.UTF_8)) {
            for (BundleFile f : files) {
                out.write(f.sha256() + "  " + f.path() + "\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + dir.resolve(FILE_NAME), e);
        }
    }

    /** Reads {@code dir/SHA256SUMS}, with each file's size as it is on disk. */
    public static List<BundleFile> read(Path dir) {
        Path list = dir.resolve(FILE_NAME);
        try {
            List<BundleFile> out = new ArrayList<>();
            int lineNumber = 0;
            for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
                lineNumber++;
                int gap = line.indexOf("  ");
                if (gap != 64) {
                    throw new BundleRefusedException(list + " line " + lineNumber + ": not '<sha256>  <path>'");
                }
                String path = line.substring(gap + 2);
                out.add(new BundleFile(path, Files.size(dir.resolve(path)), line.substring(0, gap)));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + list, e);
        }
    }

    /**
     * Copies {@code in} to {@code target}, and refuses it unless its length and SHA-256 are
     * those of {@code expected}.
     *
     * @throws BundleRefusedException naming the file and what differs
     */
    public static void receive(InputStream in, Path target, BundleFile expected) throws IOException {
        MessageDigest sha = newDigest();
        long size;
        Files.createDirectories(target.getParent());
        try (DigestInputStream digesting = new DigestInputStream(in, sha)) {
            size = Files.copy(digesting, target);
        }
        check(expected, size, HexFormat.of().formatHex(sha.digest()));
    }

    /** Refuses a file whose size or SHA-256 is not the expected one. */
    static void check(BundleFile expected, long size, String sha256) {
        if (size != expected.size()) {
            throw new BundleRefusedException(expected.path() + ": " + size + " bytes received, " + expected.size()
                    + " expected (truncated or changed)");
        }
        if (!sha256.equals(expected.sha256())) {
            throw new BundleRefusedException(expected.path() + ": SHA-256 " + sha256 + " received, " + expected.sha256()
                    + " expected (changed in transit or on the primary)");
        }
    }

    /** The SHA-256 of a file's bytes, lowercase hexadecimal. */
    public static String sha256(Path file) throws IOException {
        MessageDigest sha = newDigest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** The SHA-256 of bytes in memory, lowercase hexadecimal. */
    static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(newDigest().digest(bytes));
    }

    private static String relativePath(Path dir, Path file) {
        return dir.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}

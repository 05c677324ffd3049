package org.govgraph.release.bundle;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One file of a release bundle.
 *
 * @param path   its path inside the bundle, {@code /}-separated ({@code tdb2/Data-0001/nodes.dat})
 * @param size   its length in bytes
 * @param sha256 the SHA-256 of its bytes, lowercase hexadecimal
 */
public record BundleFile(String path, long size, String sha256) {
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    /** Relative, no empty, {@code .} or {@code ..} segment: a path that cannot leave the bundle's directory. */
    private static final Pattern SAFE_PATH =
            Pattern.compile("(?!.*(^|/)\\.{1,2}(/|$))[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*");

    public BundleFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(sha256, "sha256");
        if (!SAFE_PATH.matcher(path).matches()) {
            throw new IllegalArgumentException("Not a path inside a bundle: '" + path + "'");
        }
        if (!SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("Not a SHA-256 in hexadecimal: '" + sha256 + "' (" + path + ")");
        }
        if (size < 0) {
            throw new IllegalArgumentException("A negative size: " + size + " (" + path + ")");
        }
    }
}

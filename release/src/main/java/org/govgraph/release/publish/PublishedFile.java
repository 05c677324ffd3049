package org.govgraph.release.publish;

import java.nio.file.Path;

/**
 * One file of a published release, as written and as the catalog describes it.
 *
 * @param fileName the file's name, also the last segment of its download URL
 * @param format   what the file holds
 * @param path     where it is on disk
 * @param byteSize its length in bytes
 * @param sha256   the SHA-256 of its bytes, lowercase hexadecimal
 */
public record PublishedFile(String fileName, FileFormat format, Path path, long byteSize, String sha256) {}

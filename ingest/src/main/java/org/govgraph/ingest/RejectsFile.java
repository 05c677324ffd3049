package org.govgraph.ingest;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/** Writes rejections one per line, {@code file:line:column: reason}, replacing the file atomically. */
public final class RejectsFile {
    private RejectsFile() {}

    public static void write(Path target, List<Rejection> rejections) {
        Path dir = target.toAbsolutePath().getParent();
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, ".rejects", ".tmp");
            try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                for (Rejection r : rejections) {
                    // One line per rejection: a reason that quotes a multi-line field must not break the format.
                    w.write(r.toString().replace('\n', ' ').replace('\r', ' '));
                    w.newLine();
                }
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the rejects file " + target, e);
        }
    }
}

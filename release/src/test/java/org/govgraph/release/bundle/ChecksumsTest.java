package org.govgraph.release.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChecksumsTest {
    /** {@code printf 'abc' | sha256sum}. */
    private static final String ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    @TempDir
    Path dir;

    @Test
    void listsEveryFileWithItsSizeAndTheSha256OfCoreutils() throws IOException {
        Files.createDirectories(dir.resolve("tdb2/Data-0001"));
        Files.writeString(dir.resolve("tdb2/Data-0001/nodes.dat"), "abc");
        Files.writeString(dir.resolve("index.txt"), "");

        List<BundleFile> files = Checksums.of(dir);

        assertEquals(
                List.of(
                        new BundleFile(
                                "index.txt", 0, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
                        new BundleFile("tdb2/Data-0001/nodes.dat", 3, ABC)),
                files);
    }

    @Test
    void theListIsWrittenInSha256sumFormatAndReadBack() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "abc");
        List<BundleFile> files = Checksums.of(dir);
        Checksums.write(dir, files);

        assertEquals(ABC + "  a.txt\n", Files.readString(dir.resolve(Checksums.FILE_NAME)));
        assertEquals(files, Checksums.read(dir));
        assertEquals(files, Checksums.of(dir), "the list does not list itself");
    }

    @Test
    void aFileReceivedAsListedIsKept() throws IOException {
        Path target = dir.resolve("in/a.txt");
        Checksums.receive(
                new ByteArrayInputStream("abc".getBytes(StandardCharsets.UTF_8)),
                target,
                new BundleFile("a.txt", 3, ABC));
        assertEquals("abc", Files.readString(target));
    }

    @Test
    void aTruncatedFileIsRefusedNamingItAndBothSizes() {
        BundleRefusedException e = assertThrows(
                BundleRefusedException.class,
                () -> Checksums.receive(
                        new ByteArrayInputStream("ab".getBytes(StandardCharsets.UTF_8)),
                        dir.resolve("a.txt"),
                        new BundleFile("tdb2/a.txt", 3, ABC)));
        assertTrue(e.getMessage().startsWith("tdb2/a.txt: 2 bytes received, 3 expected"), e.getMessage());
    }

    @Test
    void aChangedFileOfTheRightSizeIsRefusedByItsSha256() {
        BundleRefusedException e = assertThrows(
                BundleRefusedException.class,
                () -> Checksums.receive(
                        new ByteArrayInputStream("abd".getBytes(StandardCharsets.UTF_8)),
                        dir.resolve("a.txt"),
                        new BundleFile("a.txt", 3, ABC)));
        assertTrue(e.getMessage().contains("SHA-256") && e.getMessage().contains(ABC + " expected"), e.getMessage());
    }

    @Test
    void aListWithAPathOutsideTheBundleIsRefused() throws IOException {
        Files.writeString(dir.resolve(Checksums.FILE_NAME), ABC + "  ../../etc/passwd\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Checksums.read(dir));
        assertTrue(e.getMessage().contains("../../etc/passwd"), e.getMessage());
    }
}

package org.govgraph.ingest.csv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the line and column of the first byte sequence in a file that is not UTF-8.
 *
 * <p>A buffered reader decodes ahead of the CSV parser, so when decoding fails the parser's
 * line number says where reading had got to, not where the bad byte is; in a large export
 * that leaves the user searching. This scans the bytes once more, only on that error path.
 */
final class Utf8Locator {
    /** Where the bad bytes are: 1-based line, and 1-based column in characters. */
    record Position(long line, long column) {}

    private Utf8Locator() {}

    static Optional<Position> firstMalformed(Path file) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(1 << 16);
        CharBuffer out = CharBuffer.allocate(1 << 16);
        long line = 1;
        long column = 1;
        try (InputStream stream = Files.newInputStream(file)) {
            boolean eof = false;
            while (!eof) {
                int n = stream.read(in.array(), in.position(), in.remaining());
                eof = n < 0;
                if (n > 0) {
                    in.position(in.position() + n);
                }
                in.flip();
                CoderResult result;
                do {
                    result = decoder.decode(in, out, eof);
                    out.flip();
                    while (out.hasRemaining()) {
                        if (out.get() == '\n') {
                            line++;
                            column = 1;
                        } else {
                            column++;
                        }
                    }
                    out.clear();
                    if (result.isError()) {
                        return Optional.of(new Position(line, column));
                    }
                } while (result.isOverflow());
                in.compact();
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}

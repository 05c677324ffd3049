package org.govgraph.ingest;

import java.nio.file.Path;

/**
 * A file cannot be read as the source at all: wrong encoding, not CSV, a required column
 * missing, empty. The command stops with exit status 2 and this one-line message, which
 * names the file (and the line and column where there is one).
 */
public class SourceFormatException extends IngestException {
    private static final long serialVersionUID = 1L;

    public SourceFormatException(Path file, String problem) {
        super(file + ": " + problem);
    }

    public SourceFormatException(Path file, long line, int column, String problem) {
        super(file + ":" + line + ":" + column + ": " + problem);
    }

    public SourceFormatException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
    }
}

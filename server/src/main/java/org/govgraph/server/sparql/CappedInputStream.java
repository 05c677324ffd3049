package org.govgraph.server.sparql;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A stream that fails with {@link OverCapException} as soon as more than a given number of
 * bytes has been read from it, so a reader stops at the cap instead of reading on.
 */
final class CappedInputStream extends FilterInputStream {
    private final long cap;
    private long read;

    CappedInputStream(InputStream in, long cap) {
        super(in);
        this.cap = cap;
    }

    /** More bytes arrived than the cap allows. */
    static final class OverCapException extends IOException {
        private static final long serialVersionUID = 1L;

        OverCapException(long cap) {
            super("more than " + cap + " bytes");
        }
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, (int) Math.min(len, cap - read + 1));
        if (n > 0) {
            count(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(Math.min(n, cap - read + 1));
        count(skipped);
        return skipped;
    }

    private void count(long n) throws OverCapException {
        read += n;
        if (read > cap) {
            throw new OverCapException(cap);
        }
    }
}

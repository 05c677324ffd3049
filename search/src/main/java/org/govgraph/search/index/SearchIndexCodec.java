package org.govgraph.search.index;

import org.apache.lucene.codecs.FilterCodec;
import org.apache.lucene.codecs.StoredFieldsFormat;
import org.apache.lucene.codecs.compressing.CompressionMode;
import org.apache.lucene.codecs.lucene90.compressing.Lucene90CompressingStoredFieldsFormat;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;

/**
 * The codec of govgraph's search index: Lucene's default, with stored fields in small LZ4
 * chunks. A page of hits reads about 20 scattered documents, and each read decompresses the
 * chunk that holds its document; Lucene's default chunks (tens of kilobytes with a shared
 * dictionary, made for bulk reads and size) made those reads a quarter of a search's time.
 * Registered under {@link #NAME} (META-INF/services), so that Lucene can open the segments
 * it wrote. On a Lucene upgrade whose default codec changes, add a codec of a new name over the
 * new default and keep this one registered: indices written with it must stay readable until
 * their next release rewrites them.
 */
public final class SearchIndexCodec extends FilterCodec {
    /** The name written in each segment, by which Lucene finds this codec again. */
    public static final String NAME = "Govgraph912";

    private final StoredFieldsFormat storedFields = new Lucene90CompressingStoredFieldsFormat(
            "GovgraphStoredFieldsSmallChunks", CompressionMode.FAST, 4 * 1024, 128, 10);

    public SearchIndexCodec() {
        super(NAME, new Lucene912Codec());
    }

    @Override
    public StoredFieldsFormat storedFieldsFormat() {
        return storedFields;
    }
}

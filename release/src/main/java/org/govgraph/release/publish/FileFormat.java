package org.govgraph.release.publish;

import java.util.Optional;

/**
 * The kinds of file a release is published as: how the file name ends, the media type of
 * its content (an IANA registration), the EU file-type authority code for {@code dct:format},
 * whether the bytes are gzip-compressed, and the Content-Type the bytes are served with.
 */
public enum FileFormat {
    TURTLE_GZ(".ttl.gz", "text/turtle", "RDF_TURTLE", true),
    NTRIPLES_GZ(".nt.gz", "application/n-triples", "RDF_N_TRIPLES", true),
    JSONLD(".jsonld", "application/ld+json", "JSON_LD", false),
    CSVW_METADATA(".csv-metadata.json", "application/csvm+json", "JSON", false),
    CSV(".csv", "text/csv", "CSV", false);

    private static final String IANA = "https://www.iana.org/assignments/media-types/";
    private static final String FILE_TYPE = "http://publications.europa.eu/resource/authority/file-type/";

    private final String suffix;
    private final String mediaType;
    private final String fileType;
    private final boolean gzip;

    FileFormat(String suffix, String mediaType, String fileType, boolean gzip) {
        this.suffix = suffix;
        this.mediaType = mediaType;
        this.fileType = fileType;
        this.gzip = gzip;
    }

    /** The format of a published file, by the end of its name (longest suffix first). */
    public static Optional<FileFormat> of(String fileName) {
        for (FileFormat f : values()) {
            if (fileName.endsWith(f.suffix)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    public String suffix() {
        return suffix;
    }

    /** The media type of the content, before any compression, e.g. {@code text/turtle}. */
    public String mediaType() {
        return mediaType;
    }

    /** The IANA IRI of {@link #mediaType()}, for {@code dcat:mediaType}. */
    public String mediaTypeIri() {
        return IANA + mediaType;
    }

    /** The EU Publications Office file-type IRI, for {@code dct:format}. */
    public String fileTypeIri() {
        return FILE_TYPE + fileType;
    }

    public boolean gzip() {
        return gzip;
    }

    /** The IANA IRI of the compression, for {@code dcat:compressFormat}. */
    public Optional<String> compressFormatIri() {
        return gzip ? Optional.of(IANA + "application/gzip") : Optional.empty();
    }

    /**
     * The Content-Type of the bytes as served: a gzip file is served as it is on disk (so
     * its SHA-256 is the catalog's), not with a Content-Encoding a client would undo.
     */
    public String contentType() {
        if (gzip) {
            return "application/gzip";
        }
        return mediaType.startsWith("text/") || mediaType.endsWith("json") ? mediaType + ";charset=utf-8" : mediaType;
    }
}

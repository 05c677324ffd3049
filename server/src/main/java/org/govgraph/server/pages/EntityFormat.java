package org.govgraph.server.pages;

import java.util.Arrays;
import java.util.Optional;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.riot.RDFFormat;

/**
 * The representations of an entity, and the choice between them: the {@code format}
 * parameter when given, else the request's Accept header (HTML first when a client
 * accepts anything, so that browsers get a page).
 */
public enum EntityFormat {
    HTML("html", "text/html", null),
    TURTLE("ttl", "text/turtle", RDFFormat.TURTLE_PRETTY),
    JSONLD("jsonld", "application/ld+json", RDFFormat.JSONLD11_PRETTY),
    NTRIPLES("nt", "application/n-triples", RDFFormat.NTRIPLES_UTF8);

    private static final AcceptList OFFERED =
            AcceptList.create(Arrays.stream(values()).map(f -> f.mediaType).toArray(String[]::new));

    private final String param;
    private final String mediaType;
    private final RDFFormat rdfFormat;

    EntityFormat(String param, String mediaType, RDFFormat rdfFormat) {
        this.param = param;
        this.mediaType = mediaType;
        this.rdfFormat = rdfFormat;
    }

    public String param() {
        return param;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The Jena writer format; null for HTML. */
    public RDFFormat rdfFormat() {
        return rdfFormat;
    }

    /** The format named by a {@code format} parameter ({@code ttl}, {@code jsonld}, {@code nt}, {@code html}). */
    public static Optional<EntityFormat> byParam(String value) {
        return Arrays.stream(values())
                .filter(f -> f.param.equalsIgnoreCase(value))
                .findFirst();
    }

    /** The best offered format for an Accept header (null or blank: HTML); empty when none is acceptable. */
    public static Optional<EntityFormat> negotiate(String accept) {
        if (accept == null || accept.isBlank()) {
            return Optional.of(HTML);
        }
        MediaType chosen;
        try {
            chosen = AcceptList.match(new AcceptList(accept), OFFERED);
        } catch (RuntimeException malformed) {
            return Optional.empty();
        }
        if (chosen == null) {
            return Optional.empty();
        }
        String ct = chosen.getContentTypeStr();
        return Arrays.stream(values()).filter(f -> f.mediaType.equals(ct)).findFirst();
    }

    /** The media types on offer, for a 406 message. */
    public static String offered() {
        return String.join(", ", Arrays.stream(values()).map(f -> f.mediaType).toList());
    }
}

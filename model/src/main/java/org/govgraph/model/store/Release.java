package org.govgraph.model.store;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * One published state of one source's graph: the source id, a release id that sorts in
 * time order and can be cited, when it was issued and how many triples it holds.
 *
 * @param sourceId  the source, e.g. {@code un-egdi}
 * @param releaseId e.g. {@code 20261127T050312.345Z}: UTC, sortable as text, IRI-safe
 * @param issued    when the write committed
 * @param triples   the number of triples in the source graph
 */
public record Release(String sourceId, String releaseId, Instant issued, long triples) {
    private static final DateTimeFormatter ID =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);

    /** The release id for a moment: UTC with milliseconds, so that ids sort as text. */
    public static String idFor(Instant instant) {
        return ID.format(instant);
    }
}

package org.govgraph.server.cache;

import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;

/** The entity tags of {@code If-None-Match} headers (RFC 9110, 13.1.2), compared weakly as that header is. */
final class EntityTags {
    /** The tag that matches any current representation. */
    static final String ANY = "*";

    private EntityTags() {}

    /** Every tag listed by the headers, in order; several headers count as one list. */
    static List<String> listed(Enumeration<String> headers) {
        List<String> tags = new ArrayList<>();
        while (headers != null && headers.hasMoreElements()) {
            for (String tag : headers.nextElement().split(",")) {
                if (!tag.isBlank()) {
                    tags.add(tag.strip());
                }
            }
        }
        return tags;
    }

    /** Whether the list names this tag itself (a weak {@code W/} form compares equal). */
    static boolean names(List<String> tags, String etag) {
        return tags.stream().anyMatch(t -> t.equals(etag) || t.equals("W/" + etag));
    }
}

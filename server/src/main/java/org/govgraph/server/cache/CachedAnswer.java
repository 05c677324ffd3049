package org.govgraph.server.cache;

import java.util.List;
import java.util.Map;

/** A 200 answer as it was sent: its content type, the headers worth replaying, its body. */
public record CachedAnswer(String contentType, List<Map.Entry<String, String>> headers, byte[] body) {
    public CachedAnswer {
        headers = List.copyOf(headers);
    }
}

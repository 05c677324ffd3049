package org.govgraph.server.cache;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What an answer depends on: the release it comes from, the request (route and normalised
 * parameters) and the representation asked for ({@code Accept}, {@code Accept-Language}).
 */
public record AnswerKey(String release, String request, String accept, String acceptLanguage) {
    /** A strong entity tag: the release and a digest of the rest, so a new release changes every tag. */
    public String etag() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String part : new String[] {request, accept, acceptLanguage}) {
                sha.update(part.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return "\"" + release + "-" + HexFormat.of().formatHex(sha.digest(), 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Roughly what the key costs in memory, for the cache's byte bound. */
    int weight() {
        return 64 + 2 * (release.length() + request.length() + accept.length() + acceptLanguage.length());
    }
}

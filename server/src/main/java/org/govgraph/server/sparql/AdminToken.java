package org.govgraph.server.sparql;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * The admin bearer token that allows writes. It is compared in constant time and never
 * shown: {@link #toString()} hides it, so it cannot reach a log by accident.
 */
public final class AdminToken {
    /** The environment variable read when {@code --admin-token} is not given. */
    public static final String ENVIRONMENT_VARIABLE = "GOVGRAPH_ADMIN_TOKEN";

    private final byte[] secret;

    private AdminToken(byte[] secret) {
        this.secret = secret;
    }

    /** The token, or empty for a null or blank value (writes stay disabled). */
    public static Optional<AdminToken> of(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new AdminToken(value.strip().getBytes(StandardCharsets.UTF_8)));
    }

    /** True when {@code candidate} is the token, compared in time independent of where they differ. */
    public boolean matches(String candidate) {
        if (candidate == null) {
            return false;
        }
        return MessageDigest.isEqual(secret, candidate.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "AdminToken[hidden]";
    }
}

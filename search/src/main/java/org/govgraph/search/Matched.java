package org.govgraph.search;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * How much of the question the results match: every word ({@code all}), at least half of
 * the words because every word together found too little ({@code most}), or words spelled
 * close to the ones typed ({@code approximate}). The page tells the user which happened.
 */
public enum Matched {
    ALL,
    MOST,
    APPROXIMATE;

    /** The name in JSON: {@code all}, {@code most}, {@code approximate}. */
    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}

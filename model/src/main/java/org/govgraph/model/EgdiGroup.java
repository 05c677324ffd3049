package org.govgraph.model;

import java.math.BigDecimal;
import org.apache.jena.rdf.model.Resource;
import org.govgraph.model.vocab.GG;

/**
 * The four groups in which the UN E-Government Survey places countries by their EGDI:
 * very high (0.75 and above), high (0.50 to 0.75), middle (0.25 to 0.50) and low.
 */
public enum EgdiGroup {
    VERY_HIGH(new BigDecimal("0.75"), GG.VeryHigh),
    HIGH(new BigDecimal("0.50"), GG.High),
    MIDDLE(new BigDecimal("0.25"), GG.Middle),
    LOW(BigDecimal.ZERO, GG.Low);

    private final BigDecimal lowerBound;
    private final Resource concept;

    EgdiGroup(BigDecimal lowerBound, Resource concept) {
        this.lowerBound = lowerBound;
        this.concept = concept;
    }

    public Resource concept() {
        return concept;
    }

    /** The group of an EGDI value; the bounds are inclusive below, as the survey defines them. */
    public static EgdiGroup of(BigDecimal egdi) {
        for (EgdiGroup g : values()) {
            if (egdi.compareTo(g.lowerBound) >= 0) {
                return g;
            }
        }
        throw new IllegalArgumentException("A negative EGDI has no group: " + egdi);
    }
}

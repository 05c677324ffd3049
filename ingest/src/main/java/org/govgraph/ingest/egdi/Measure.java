package org.govgraph.ingest.egdi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumSet;
import java.util.Set;
import org.apache.jena.rdf.model.Property;
import org.govgraph.model.vocab.GG;

/**
 * The five indices the survey publishes per country and year, each a Data Cube measure
 * between 0 and 1. The EGDI is, by the survey's definition, the mean of the three
 * components OSI, HCI and TII; the e-participation index stands beside it.
 */
enum Measure {
    EGDI(GG.egdi, "EGDI"),
    EPI(GG.epi, "EPI"),
    OSI(GG.osi, "OSI"),
    HCI(GG.hci, "HCI"),
    TII(GG.tii, "TII");

    /** The measures the EGDI is the mean of. */
    static final Set<Measure> COMPONENTS = EnumSet.of(OSI, HCI, TII);

    /**
     * The survey publishes at most five decimals (four in 2018); anything closer than this
     * to a five-decimal number is binary floating-point noise added by re-publication
     * ({@code 0.6955600000000001}), anything farther is a real value and is kept as written.
     */
    private static final BigDecimal NOISE = new BigDecimal("1E-9");
    private static final int PUBLISHED_DECIMALS = 5;

    private final Property property;
    private final String label;

    Measure(Property property, String label) {
        this.property = property;
        this.label = label;
    }

    Property property() {
        return property;
    }

    String label() {
        return label;
    }

    /**
     * The value the survey published behind a re-published float: rounded to five decimals
     * when it differs from that only by float noise, with trailing zeros dropped so that
     * every edition writes the same number the same way ({@code 0.43830} and {@code 0.4383}
     * are one xsd:decimal value).
     */
    static BigDecimal published(BigDecimal value) {
        BigDecimal rounded = value.setScale(PUBLISHED_DECIMALS, RoundingMode.HALF_UP);
        BigDecimal kept = value.subtract(rounded).abs().compareTo(NOISE) < 0 ? rounded : value;
        return kept.stripTrailingZeros();
    }
}

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
    EGDI(GG.egdi, GG.egdiRank, "EGDI"),
    EPI(GG.epi, GG.epiRank, "EPI"),
    OSI(GG.osi, GG.osiRank, "OSI"),
    HCI(GG.hci, GG.hciRank, "HCI"),
    TII(GG.tii, GG.tiiRank, "TII");

    /** The measures the EGDI is the mean of. */
    static final Set<Measure> COMPONENTS = EnumSet.of(OSI, HCI, TII);

    /**
     * The survey publishes at most five decimals (four in 2018); anything closer than this
     * to a five-decimal number is binary floating-point noise added by re-publication
     * ({@code 0.6955600000000001}), anything farther is a real value and is kept as written.
     */
    private static final BigDecimal NOISE = new BigDecimal("1E-9");

    private static final int PUBLISHED_DECIMALS = 5;
    /**
     * Two files agree on a value when they round to the same published figure: no more than
     * half a unit of the fifth decimal apart ({@code 0.7174} and {@code 0.71740} agree).
     */
    static final BigDecimal ROUNDING = new BigDecimal("0.000005");

    /** The measures whose rank govgraph derives within each edition; the survey publishes the EGDI's. */
    static final Set<Measure> DERIVED_RANKS = EnumSet.of(OSI, HCI, TII, EPI);

    private final Property property;
    private final Property rankProperty;
    private final String label;

    Measure(Property property, Property rankProperty, String label) {
        this.property = property;
        this.rankProperty = rankProperty;
        this.label = label;
    }

    Property property() {
        return property;
    }

    /** The property of the country's rank by this measure within its edition. */
    Property rankProperty() {
        return rankProperty;
    }

    /** Whether two published values are the same figure within the published rounding. */
    static boolean agree(BigDecimal a, BigDecimal b) {
        return a.subtract(b).abs().compareTo(ROUNDING) <= 0;
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

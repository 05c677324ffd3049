package org.govgraph.model.vocab;

import org.apache.jena.rdf.model.Property;

/** SDMX-RDF dimensions: reference area and period. */
public final class SdmxDimension {
    public static final String NS = "http://purl.org/linked-data/sdmx/2009/dimension#";
    public static final String PREFIX = "sdmx-dimension";

    private SdmxDimension() {}

    public static final Property refArea = Terms.property(NS, "refArea");
    public static final Property refPeriod = Terms.property(NS, "refPeriod");
}

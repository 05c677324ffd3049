package org.govgraph.model.vocab;

import org.apache.jena.rdf.model.Property;

/** SDMX-RDF attributes. */
public final class SdmxAttribute {
    public static final String NS = "http://purl.org/linked-data/sdmx/2009/attribute#";
    public static final String PREFIX = "sdmx-attribute";

    private SdmxAttribute() {}

    public static final Property unitMeasure = Terms.property(NS, "unitMeasure");
    public static final Property obsStatus = Terms.property(NS, "obsStatus");
    public static final Property comment = Terms.property(NS, "comment");
}

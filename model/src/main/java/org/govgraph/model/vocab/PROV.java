package org.govgraph.model.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;

/** W3C PROV-O: where each release came from. */
public final class PROV {
    public static final String NS = "http://www.w3.org/ns/prov#";
    public static final String PREFIX = "prov";

    private PROV() {}

    public static final Resource Activity = Terms.resource(NS, "Activity");
    public static final Resource Entity = Terms.resource(NS, "Entity");
    public static final Resource SoftwareAgent = Terms.resource(NS, "SoftwareAgent");
    public static final Property wasGeneratedBy = Terms.property(NS, "wasGeneratedBy");
    public static final Property wasDerivedFrom = Terms.property(NS, "wasDerivedFrom");
    public static final Property used = Terms.property(NS, "used");
    public static final Property wasAssociatedWith = Terms.property(NS, "wasAssociatedWith");
    public static final Property startedAtTime = Terms.property(NS, "startedAtTime");
    public static final Property invalidatedAtTime = Terms.property(NS, "invalidatedAtTime");
    public static final Property endedAtTime = Terms.property(NS, "endedAtTime");
    public static final Property generatedAtTime = Terms.property(NS, "generatedAtTime");
    public static final Property hadPrimarySource = Terms.property(NS, "hadPrimarySource");
}

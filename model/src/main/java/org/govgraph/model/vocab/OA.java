package org.govgraph.model.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;

/** W3C Web Annotation: the motivation and body of data-quality annotations. */
public final class OA {
    public static final String NS = "http://www.w3.org/ns/oa#";
    public static final String PREFIX = "oa";

    private OA() {}

    public static final Resource Annotation = Terms.resource(NS, "Annotation");
    public static final Resource TextualBody = Terms.resource(NS, "TextualBody");
    public static final Property hasTarget = Terms.property(NS, "hasTarget");
    public static final Property hasBody = Terms.property(NS, "hasBody");
    public static final Property motivatedBy = Terms.property(NS, "motivatedBy");
    public static final Property bodyValue = Terms.property(NS, "bodyValue");
}

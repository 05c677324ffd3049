package org.govgraph.model.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;

/** CPSV-AP 3: the Core Public Service Vocabulary Application Profile. */
public final class CPSV {
    public static final String NS = "http://purl.org/vocab/cpsv#";
    public static final String PREFIX = "cpsv";

    private CPSV() {}

    public static final Resource PublicService = Terms.resource(NS, "PublicService");
    public static final Property follows = Terms.property(NS, "follows");
    public static final Property produces = Terms.property(NS, "produces");
    public static final Property hasInput = Terms.property(NS, "hasInput");
}

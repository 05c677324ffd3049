package org.govgraph.model.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;

/** ADMS: identifiers and version notes for DCAT-AP releases. */
public final class ADMS {
    public static final String NS = "http://www.w3.org/ns/adms#";
    public static final String PREFIX = "adms";

    private ADMS() {}

    public static final Resource Identifier = Terms.resource(NS, "Identifier");
    public static final Property identifier = Terms.property(NS, "identifier");
    public static final Property versionNotes = Terms.property(NS, "versionNotes");
    public static final Property status = Terms.property(NS, "status");
}

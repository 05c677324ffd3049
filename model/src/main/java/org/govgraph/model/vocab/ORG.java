package org.govgraph.model.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;

/** W3C Organization Ontology: organisational hierarchy. */
public final class ORG {
    public static final String NS = "http://www.w3.org/ns/org#";
    public static final String PREFIX = "org";

    private ORG() {}

    public static final Resource Organization = Terms.resource(NS, "Organization");
    public static final Resource FormalOrganization = Terms.resource(NS, "FormalOrganization");
    public static final Resource OrganizationalUnit = Terms.resource(NS, "OrganizationalUnit");
    public static final Property subOrganizationOf = Terms.property(NS, "subOrganizationOf");
    public static final Property hasSubOrganization = Terms.property(NS, "hasSubOrganization");
    public static final Property classification = Terms.property(NS, "classification");
    public static final Property identifier = Terms.property(NS, "identifier");
}

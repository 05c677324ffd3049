package org.govgraph.model.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;

/** The EU Core Vocabularies used by CPSV-AP 3 (namespace m8g). */
public final class CV {
    public static final String NS = "http://data.europa.eu/m8g/";
    public static final String PREFIX = "cv";

    private CV() {}

    public static final Resource PublicOrganisation = Terms.resource(NS, "PublicOrganisation");
    public static final Resource Channel = Terms.resource(NS, "Channel");
    public static final Resource Cost = Terms.resource(NS, "Cost");
    public static final Property hasCompetentAuthority = Terms.property(NS, "hasCompetentAuthority");
    public static final Property hasChannel = Terms.property(NS, "hasChannel");
    public static final Property hasCost = Terms.property(NS, "hasCost");
    public static final Property ownedBy = Terms.property(NS, "ownedBy");
    public static final Property isClassifiedBy = Terms.property(NS, "isClassifiedBy");
    public static final Property sector = Terms.property(NS, "sector");
    public static final Property thematicArea = Terms.property(NS, "thematicArea");
    public static final Property processingTime = Terms.property(NS, "processingTime");
}

package org.govgraph.model.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;

/** The SPARQL 1.1 Service Description vocabulary: what an endpoint offers and which data it holds. */
public final class SD {
    public static final String NS = "http://www.w3.org/ns/sparql-service-description#";
    public static final String PREFIX = "sd";

    private SD() {}

    public static final Resource Service = Terms.resource(NS, "Service");
    public static final Resource Dataset = Terms.resource(NS, "Dataset");
    public static final Resource Graph = Terms.resource(NS, "Graph");
    public static final Resource NamedGraph = Terms.resource(NS, "NamedGraph");
    public static final Resource Feature = Terms.resource(NS, "Feature");
    public static final Resource SPARQL11Query = Terms.resource(NS, "SPARQL11Query");
    public static final Resource SPARQL11Update = Terms.resource(NS, "SPARQL11Update");
    public static final Resource UnionDefaultGraph = Terms.resource(NS, "UnionDefaultGraph");
    public static final Resource BasicFederatedQuery = Terms.resource(NS, "BasicFederatedQuery");
    public static final Property endpoint = Terms.property(NS, "endpoint");
    public static final Property supportedLanguage = Terms.property(NS, "supportedLanguage");
    public static final Property resultFormat = Terms.property(NS, "resultFormat");
    public static final Property inputFormat = Terms.property(NS, "inputFormat");
    public static final Property feature = Terms.property(NS, "feature");
    public static final Property extensionFunction = Terms.property(NS, "extensionFunction");
    public static final Property defaultDataset = Terms.property(NS, "defaultDataset");
    public static final Property defaultGraph = Terms.property(NS, "defaultGraph");
    public static final Property namedGraph = Terms.property(NS, "namedGraph");
    public static final Property name = Terms.property(NS, "name");
    public static final Property graph = Terms.property(NS, "graph");
}

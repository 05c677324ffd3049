package org.govgraph.model.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;

/** VoID dataset statistics. */
public final class VOID {
    public static final String NS = "http://rdfs.org/ns/void#";
    public static final String PREFIX = "void";

    private VOID() {}

    public static final Resource Dataset = Terms.resource(NS, "Dataset");
    public static final Property triples = Terms.property(NS, "triples");
    public static final Property entities = Terms.property(NS, "entities");
    public static final Property distinctSubjects = Terms.property(NS, "distinctSubjects");
    public static final Property sparqlEndpoint = Terms.property(NS, "sparqlEndpoint");
    public static final Property dataDump = Terms.property(NS, "dataDump");
    public static final Property uriSpace = Terms.property(NS, "uriSpace");
    public static final Property vocabulary = Terms.property(NS, "vocabulary");
    public static final Property exampleResource = Terms.property(NS, "exampleResource");
    public static final Property properties = Terms.property(NS, "properties");
    public static final Property classes = Terms.property(NS, "classes");
    public static final Property classPartition = Terms.property(NS, "classPartition");
    public static final Property clazz = Terms.property(NS, "class");
    public static final Property rootResource = Terms.property(NS, "rootResource");
    public static final Property subset = Terms.property(NS, "subset");
}

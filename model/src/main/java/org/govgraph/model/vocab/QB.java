package org.govgraph.model.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;

/** W3C RDF Data Cube. */
public final class QB {
    public static final String NS = "http://purl.org/linked-data/cube#";
    public static final String PREFIX = "qb";

    private QB() {}

    public static final Resource DataSet = Terms.resource(NS, "DataSet");
    public static final Resource Observation = Terms.resource(NS, "Observation");
    public static final Resource DataStructureDefinition = Terms.resource(NS, "DataStructureDefinition");
    public static final Resource ComponentSpecification = Terms.resource(NS, "ComponentSpecification");
    public static final Resource DimensionProperty = Terms.resource(NS, "DimensionProperty");
    public static final Resource MeasureProperty = Terms.resource(NS, "MeasureProperty");
    public static final Resource AttributeProperty = Terms.resource(NS, "AttributeProperty");
    public static final Property dataSet = Terms.property(NS, "dataSet");
    public static final Property structure = Terms.property(NS, "structure");
    public static final Property component = Terms.property(NS, "component");
    public static final Property dimension = Terms.property(NS, "dimension");
    public static final Property measure = Terms.property(NS, "measure");
    public static final Property attribute = Terms.property(NS, "attribute");
    public static final Property order = Terms.property(NS, "order");
}

package org.govgraph.model.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;

/** W3C CSV on the Web. */
public final class CSVW {
    public static final String NS = "http://www.w3.org/ns/csvw#";
    public static final String PREFIX = "csvw";

    private CSVW() {}

    public static final Resource Table = Terms.resource(NS, "Table");
    public static final Resource Column = Terms.resource(NS, "Column");
    public static final Property url = Terms.property(NS, "url");
    public static final Property tableSchema = Terms.property(NS, "tableSchema");
    public static final Property column = Terms.property(NS, "column");
    public static final Property name = Terms.property(NS, "name");
    public static final Property titles = Terms.property(NS, "titles");
    public static final Property datatype = Terms.property(NS, "datatype");
    public static final Property propertyUrl = Terms.property(NS, "propertyUrl");
}

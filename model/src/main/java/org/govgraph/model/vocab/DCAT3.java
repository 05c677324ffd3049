package org.govgraph.model.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;

/** DCAT 3, with the terms Jena's DCAT class lacks (dataset series, version history). */
public final class DCAT3 {
    public static final String NS = "http://www.w3.org/ns/dcat#";
    public static final String PREFIX = "dcat";

    private DCAT3() {}

    public static final Resource Catalog = Terms.resource(NS, "Catalog");
    public static final Resource Dataset = Terms.resource(NS, "Dataset");
    public static final Resource DatasetSeries = Terms.resource(NS, "DatasetSeries");
    public static final Resource Distribution = Terms.resource(NS, "Distribution");
    public static final Resource DataService = Terms.resource(NS, "DataService");
    public static final Property dataset = Terms.property(NS, "dataset");
    public static final Property distribution = Terms.property(NS, "distribution");
    public static final Property downloadURL = Terms.property(NS, "downloadURL");
    public static final Property accessURL = Terms.property(NS, "accessURL");
    public static final Property mediaType = Terms.property(NS, "mediaType");
    public static final Property byteSize = Terms.property(NS, "byteSize");
    public static final Property inSeries = Terms.property(NS, "inSeries");
    public static final Property keyword = Terms.property(NS, "keyword");
    public static final Property theme = Terms.property(NS, "theme");
    public static final Property landingPage = Terms.property(NS, "landingPage");
    public static final Property temporalResolution = Terms.property(NS, "temporalResolution");
    public static final Property startDate = Terms.property(NS, "startDate");
    public static final Property endDate = Terms.property(NS, "endDate");
    public static final Property contactPoint = Terms.property(NS, "contactPoint");
    public static final Property service = Terms.property(NS, "service");
    public static final Property endpointURL = Terms.property(NS, "endpointURL");
    public static final Property servesDataset = Terms.property(NS, "servesDataset");
    public static final Property version = Terms.property(NS, "version");
    public static final Property hasVersion = Terms.property(NS, "hasVersion");
    public static final Property isVersionOf = Terms.property(NS, "isVersionOf");
    public static final Property first = Terms.property(NS, "first");
    public static final Property last = Terms.property(NS, "last");
    public static final Property prev = Terms.property(NS, "prev");
    public static final Property compressFormat = Terms.property(NS, "compressFormat");
    public static final Property packageFormat = Terms.property(NS, "packageFormat");
}

package org.govgraph.model.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;

/** W3C Data Quality Vocabulary: annotations on values the survey did not compute. */
public final class DQV {
    public static final String NS = "http://www.w3.org/ns/dqv#";
    public static final String PREFIX = "dqv";

    private DQV() {}

    public static final Resource QualityAnnotation = Terms.resource(NS, "QualityAnnotation");
    public static final Resource QualityCertificate = Terms.resource(NS, "QualityCertificate");
    /** The oa:Motivation of a quality annotation (DQV defines it as an instance of oa:Motivation). */
    public static final Resource qualityAssessment = Terms.resource(NS, "qualityAssessment");

    public static final Property hasQualityAnnotation = Terms.property(NS, "hasQualityAnnotation");
}

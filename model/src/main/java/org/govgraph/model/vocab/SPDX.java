package org.govgraph.model.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;

/** SPDX checksums on distributions. */
public final class SPDX {
    public static final String NS = "http://spdx.org/rdf/terms#";
    public static final String PREFIX = "spdx";

    private SPDX() {}

    public static final Resource Checksum = Terms.resource(NS, "Checksum");
    public static final Resource checksumAlgorithm_sha256 = Terms.resource(NS, "checksumAlgorithm_sha256");
    public static final Property checksum = Terms.property(NS, "checksum");
    public static final Property algorithm = Terms.property(NS, "algorithm");
    public static final Property checksumValue = Terms.property(NS, "checksumValue");
}

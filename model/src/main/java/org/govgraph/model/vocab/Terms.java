package org.govgraph.model.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** Shared factory for the vocabulary constants: one place that turns a namespace and a name into a term. */
final class Terms {
    private Terms() {}

    static Resource resource(String ns, String local) {
        return ResourceFactory.createResource(ns + local);
    }

    static Property property(String ns, String local) {
        return ResourceFactory.createProperty(ns, local);
    }
}

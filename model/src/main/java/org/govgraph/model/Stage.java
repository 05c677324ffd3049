package org.govgraph.model;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.govgraph.model.vocab.GG;

/**
 * The six stages of a service that can each be online or not, as the Government of
 * Canada Service Inventory reports them; each is a concept of the {@code gg:StageScheme}.
 */
public enum Stage {
    ACCOUNT_REGISTRATION("account-registration"),
    AUTHENTICATION("authentication"),
    APPLICATION("application"),
    DECISION("decision"),
    ISSUANCE("issuance"),
    ISSUE_RESOLUTION_FEEDBACK("issue-resolution-feedback");

    private final String key;

    Stage(String key) {
        this.key = key;
    }

    /** The key used in the concept IRI and in stage-status IRIs, e.g. {@code application}. */
    public String key() {
        return key;
    }

    /** The SKOS concept, e.g. {@code https://w3id.org/govgraph/code/stage/application}. */
    public Resource concept() {
        return ResourceFactory.createResource(GG.STAGE_NS + key);
    }

    /**
     * The end-to-end-online rule of the ontology: at least one stage is online and none is
     * offline (stages that do not apply are ignored).
     */
    public static boolean endToEndOnline(Iterable<Resource> statuses) {
        boolean anyOnline = false;
        for (Resource status : statuses) {
            if (GG.Offline.equals(status)) {
                return false;
            }
            anyOnline |= GG.Online.equals(status);
        }
        return anyOnline;
    }
}

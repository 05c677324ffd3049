package org.govgraph.ingest.mapping;

import java.util.List;

/** What the Kenya tests share: the source id, its four files in reading order, the SPARQL prefixes they query with. */
final class KenyaTestSupport {
    static final String ID = "ke-ecitizen";
    static final List<String> FILES = List.of("ministries.csv", "departments.csv", "agencies.csv", "services.csv");
    static final String PREFIXES = """
            PREFIX cpsv: <http://purl.org/vocab/cpsv#>
            PREFIX cv: <http://data.europa.eu/m8g/>
            PREFIX org: <http://www.w3.org/ns/org#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX dct: <http://purl.org/dc/terms/>
            PREFIX foaf: <http://xmlns.com/foaf/0.1/>
            PREFIX dqv: <http://www.w3.org/ns/dqv#>
            PREFIX oa: <http://www.w3.org/ns/oa#>
            """;

    private KenyaTestSupport() {}

    /**
     * Takes out of a mapped graph what CPSV-AP 3.2 asks that the retired adapter did not
     * write (each organisation's country, the portal channel's identifier, and the
     * descriptions derived where the catalogue has none, with their quality annotations), and
     * the service statistics cube every ingest now computes, so that the rest can be compared
     * with the adapter's graph.
     */
    static void removeCpsvApAdditions(org.apache.jena.graph.Graph g) {
        org.apache.jena.update.UpdateAction.parseExecute("""
                PREFIX dct: <http://purl.org/dc/terms/>
                PREFIX dqv: <http://www.w3.org/ns/dqv#>
                DELETE { ?s ?p ?o } WHERE { ?s ?p ?o FILTER(CONTAINS(STR(?s), "/id/cube/service-stats/")) };
                DELETE { ?org dct:spatial ?c } WHERE { ?org dct:spatial ?c };
                DELETE { ?ch dct:identifier ?i } WHERE { ?ch a <http://data.europa.eu/m8g/Channel> ; dct:identifier ?i };
                DELETE { ?s dct:description ?d ; dqv:hasQualityAnnotation ?a . ?a ?p ?o }
                WHERE { ?s dqv:hasQualityAnnotation ?a ; dct:description ?d . ?a ?p ?o FILTER(STRENDS(STR(?a), "/description")) }""", g);
    }
}

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

    private KenyaTestSupport() {
    }
}

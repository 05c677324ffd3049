package org.govgraph.server.pages;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.vocabulary.DCTerms;
import org.govgraph.model.Iris;
import org.govgraph.model.vocab.Prefixes;

/**
 * How many public services one source lists for a country, and how many of them are end to
 * end online: the crosswalk between a country's survey figures and its own inventories on
 * its page. A service counts for the country its competent authority is of
 * ({@code dct:spatial}, written at ingest from the source's jurisdiction).
 *
 * @param sourceId       the inventory, e.g. {@code br-servicos}
 * @param services       its services offered by the country's organisations
 * @param endToEndOnline those of them whose every applicable stage is online
 */
public record ServiceTally(String sourceId, long services, long endToEndOnline) {
    private static final Query QUERY = QueryFactory.create(Prefixes.sparqlPrologue() + """
            SELECT ?g (COUNT(DISTINCT ?service) AS ?services) (COUNT(DISTINCT ?online) AS ?endToEndOnline) WHERE {
              GRAPH ?g {
                ?organisation dct:spatial ?country .
                ?service cv:hasCompetentAuthority ?organisation ; a cpsv:PublicService .
                OPTIONAL { ?service gg:endToEndOnline true BIND(?service AS ?online) }
              }
            } GROUP BY ?g ORDER BY DESC(?services)""");

    /** The tallies of every source holding services of {@code country}, most services first; call inside a read transaction. */
    static List<ServiceTally> forCountry(DatasetGraph dsg, Iris iris, Node country) {
        // Most entities are not a country of any organisation: one lookup says so before any query runs.
        if (!dsg.find(Node.ANY, Node.ANY, DCTerms.spatial.asNode(), country).hasNext()) {
            return List.of();
        }
        List<ServiceTally> out = new ArrayList<>();
        try (QueryExec exec = QueryExec.dataset(dsg)
                .query(QUERY)
                .substitution("country", country)
                .build()) {
            RowSet rows = exec.select();
            while (rows.hasNext()) {
                Binding b = rows.next();
                iris.sourceOf(b.get("g"))
                        .ifPresent(source -> out.add(
                                new ServiceTally(source, number(b.get("services")), number(b.get("endToEndOnline")))));
            }
        }
        return List.copyOf(out);
    }

    private static long number(Node n) {
        return n == null ? 0 : Long.parseLong(n.getLiteralLexicalForm());
    }
}

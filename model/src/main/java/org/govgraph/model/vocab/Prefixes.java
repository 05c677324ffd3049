package org.govgraph.model.vocab;

import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;

/**
 * The prefixes govgraph writes and preloads: in Turtle output, in the SPARQL editor and in
 * the SPARQL queries of tests, so that every reader sees the same short names.
 */
public final class Prefixes {
    private static final PrefixMapping STANDARD = build();

    private Prefixes() {}

    /** A read-only mapping of every namespace govgraph uses. */
    public static PrefixMapping standard() {
        return STANDARD;
    }

    /** The mapping as SPARQL {@code PREFIX} lines, one per namespace, for queries and the editor. */
    public static String sparqlPrologue() {
        StringBuilder sb = new StringBuilder();
        // Sorted, so that the editor and every query show the prefixes in a stable, findable order.
        new java.util.TreeMap<>(STANDARD.getNsPrefixMap())
                .forEach((p, ns) ->
                        sb.append("PREFIX ").append(p).append(": <").append(ns).append(">\n"));
        return sb.toString();
    }

    private static PrefixMapping build() {
        PrefixMapping pm = PrefixMapping.Factory.create();
        pm.setNsPrefix("rdf", RDF.getURI());
        pm.setNsPrefix("rdfs", RDFS.getURI());
        pm.setNsPrefix("xsd", XSD.getURI());
        pm.setNsPrefix("owl", OWL.getURI());
        pm.setNsPrefix("skos", SKOS.getURI());
        pm.setNsPrefix("dct", DCTerms.getURI());
        pm.setNsPrefix("foaf", FOAF.getURI());
        pm.setNsPrefix(GG.PREFIX, GG.NS);
        pm.setNsPrefix(CPSV.PREFIX, CPSV.NS);
        pm.setNsPrefix(CV.PREFIX, CV.NS);
        pm.setNsPrefix(ORG.PREFIX, ORG.NS);
        pm.setNsPrefix(QB.PREFIX, QB.NS);
        pm.setNsPrefix(SdmxDimension.PREFIX, SdmxDimension.NS);
        pm.setNsPrefix(SdmxAttribute.PREFIX, SdmxAttribute.NS);
        pm.setNsPrefix(DQV.PREFIX, DQV.NS);
        pm.setNsPrefix(OA.PREFIX, OA.NS);
        pm.setNsPrefix(PROV.PREFIX, PROV.NS);
        pm.setNsPrefix(SPDX.PREFIX, SPDX.NS);
        pm.setNsPrefix(VOID.PREFIX, VOID.NS);
        pm.setNsPrefix(SD.PREFIX, SD.NS);
        pm.setNsPrefix(DCAT3.PREFIX, DCAT3.NS);
        pm.setNsPrefix(ADMS.PREFIX, ADMS.NS);
        pm.setNsPrefix(CSVW.PREFIX, CSVW.NS);
        pm.setNsPrefix("sh", "http://www.w3.org/ns/shacl#");
        pm.setNsPrefix("ch", GG.CHANNEL_NS);
        pm.setNsPrefix("stype", GG.SERVICE_TYPE_NS);
        pm.setNsPrefix("stage", GG.STAGE_NS);
        pm.lock();
        return pm;
    }
}

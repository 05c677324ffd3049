package org.govgraph.release.publish;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.govgraph.model.vocab.DCAT3;
import org.govgraph.model.vocab.SPDX;

/**
 * What the catalog points to, described in the catalog itself, so that a harvester that
 * fetches {@code /catalog} alone can check it against DCAT-AP 3: each media type a
 * {@code dct:MediaType}, each EU file type a {@code dct:MediaTypeOrExtent} in the EU
 * file-type authority table, each licence a {@code dct:LicenseDocument}, each country a
 * {@code dct:Location}, each standard a {@code dct:Standard}, the checksum algorithm a
 * {@code spdx:ChecksumAlgorithm}, each home page a {@code foaf:Document}. DCAT-AP's shapes
 * check these types on the node itself (no inference), and a harvester has no other graph.
 *
 * <p>The descriptions are derived from the catalog's own triples, so they are brought up to
 * date for every release the catalog lists, also for releases recorded before they existed.
 */
final class CatalogReferences {
    static final String FILE_TYPE_SCHEME = "http://publications.europa.eu/resource/authority/file-type";
    static final String LANGUAGE_SCHEME = "http://publications.europa.eu/resource/authority/language";
    static final String DATA_THEME_SCHEME = "http://publications.europa.eu/resource/authority/data-theme";
    static final String AVAILABILITY_SCHEME = "http://publications.europa.eu/resource/authority/planned-availability";
    /** The EU data theme "Government and public sector": what every govgraph data set is about. */
    static final Node THEME_GOVERNMENT = NodeFactory.createURI(DATA_THEME_SCHEME + "/GOVE");
    /** English, from the EU language authority table: the language of the catalog's descriptions. */
    static final Node ENGLISH = NodeFactory.createURI(LANGUAGE_SCHEME + "/ENG");
    /** Published releases never change and are kept: their files stay available. */
    static final Node STABLE = NodeFactory.createURI(AVAILABILITY_SCHEME + "/STABLE");

    static final Node AVAILABILITY = NodeFactory.createURI("http://data.europa.eu/r5r/availability");
    static final Node THEME_TAXONOMY = NodeFactory.createURI(DCAT3.NS + "themeTaxonomy");
    static final Node CHECKSUM_ALGORITHM = NodeFactory.createURI(SPDX.NS + "ChecksumAlgorithm");
    /** CSV on the Web: the model a published CSV table follows, and the metadata vocabulary its metadata file uses. */
    static final String TABULAR_DATA_MODEL = "http://www.w3.org/TR/tabular-data-model/";

    static final String TABULAR_METADATA = "http://www.w3.org/TR/tabular-metadata/";

    /** The labels of the EU authority codes govgraph uses, as the authority tables give them. */
    private static final Map<String, String> LABELS = Map.of(
            FILE_TYPE_SCHEME + "/RDF_TURTLE", "Turtle",
            FILE_TYPE_SCHEME + "/RDF_N_TRIPLES", "N-Triples",
            FILE_TYPE_SCHEME + "/JSON_LD", "JSON-LD",
            FILE_TYPE_SCHEME + "/JSON", "JSON",
            FILE_TYPE_SCHEME + "/CSV", "CSV",
            LANGUAGE_SCHEME + "/ENG", "English",
            DATA_THEME_SCHEME + "/GOVE", "Government and public sector",
            AVAILABILITY_SCHEME + "/STABLE", "stable");
    /** The ADMS licence type of the licences the sources use (where the licence says it plainly). */
    static final String LICENCE_TYPE_SCHEME = "http://purl.org/adms/licencetype/1.0";

    private static final Map<String, String> LICENCE_TYPES = Map.of(
            "https://creativecommons.org/licenses/by/4.0/", "Attribution",
            "https://open.canada.ca/en/open-government-licence-canada", "Attribution",
            "http://creativecommons.org/publicdomain/zero/1.0/", "PublicDomain");
    private static final Map<String, String> SCHEME_TITLES = Map.of(
            FILE_TYPE_SCHEME,
            "File type",
            LANGUAGE_SCHEME,
            "Language",
            DATA_THEME_SCHEME,
            "Data theme",
            AVAILABILITY_SCHEME,
            "Planned availability");
    private static final Map<String, String> STANDARD_TITLES = Map.of(
            TABULAR_DATA_MODEL, "Model for Tabular Data and Metadata on the Web (W3C Recommendation)",
            TABULAR_METADATA, "Metadata Vocabulary for Tabular Data (W3C Recommendation)");

    private CatalogReferences() {}

    /** The triples that describe what {@code catalog} points to (possibly already present). */
    static Set<Triple> describe(Graph catalog) {
        Set<Triple> out = new HashSet<>();
        for (Node t : objects(catalog, DCAT3.mediaType.asNode(), DCAT3.compressFormat.asNode())) {
            out.add(Triple.create(t, RDF.type.asNode(), DCTerms.MediaType.asNode()));
        }
        for (Node t : objects(catalog, DCTerms.format.asNode())) {
            out.add(Triple.create(t, RDF.type.asNode(), DCTerms.MediaTypeOrExtent.asNode()));
            if (t.getURI().startsWith(FILE_TYPE_SCHEME + "/")) {
                authorityCode(out, t, FILE_TYPE_SCHEME);
            }
        }
        for (Node t : objects(catalog, DCTerms.license.asNode())) {
            out.add(Triple.create(t, RDF.type.asNode(), DCTerms.LicenseDocument.asNode()));
            String type = LICENCE_TYPES.get(t.getURI());
            if (type != null) {
                Node typeNode = NodeFactory.createURI("http://purl.org/adms/licencetype/" + type);
                out.add(Triple.create(t, DCTerms.type.asNode(), typeNode));
                out.add(Triple.create(typeNode, RDF.type.asNode(), SKOS.Concept.asNode()));
                out.add(Triple.create(typeNode, SKOS.inScheme.asNode(), NodeFactory.createURI(LICENCE_TYPE_SCHEME)));
                out.add(Triple.create(typeNode, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang(type, "en")));
            }
        }
        for (Node t : objects(catalog, DCTerms.spatial.asNode())) {
            out.add(Triple.create(t, RDF.type.asNode(), DCTerms.Location.asNode()));
        }
        for (Node t : objects(catalog, DCTerms.conformsTo.asNode())) {
            out.add(Triple.create(t, RDF.type.asNode(), DCTerms.Standard.asNode()));
            String title = STANDARD_TITLES.get(t.getURI());
            if (title != null) {
                out.add(Triple.create(t, DCTerms.title.asNode(), NodeFactory.createLiteralLang(title, "en")));
            }
        }
        for (Node t : objects(catalog, SPDX.algorithm.asNode())) {
            out.add(Triple.create(t, RDF.type.asNode(), CHECKSUM_ALGORITHM));
        }
        for (Node t : objects(catalog, FOAF.homepage.asNode())) {
            out.add(Triple.create(t, RDF.type.asNode(), FOAF.Document.asNode()));
        }
        for (Node t : objects(catalog, DCTerms.language.asNode())) {
            out.add(Triple.create(t, RDF.type.asNode(), DCTerms.LinguisticSystem.asNode()));
            authorityCode(out, t, LANGUAGE_SCHEME);
        }
        for (Node t : objects(catalog, DCAT3.theme.asNode())) {
            authorityCode(out, t, DATA_THEME_SCHEME);
        }
        for (Node t : objects(catalog, AVAILABILITY)) {
            authorityCode(out, t, AVAILABILITY_SCHEME);
        }
        for (Node t : objects(catalog, THEME_TAXONOMY)) {
            out.add(Triple.create(t, RDF.type.asNode(), SKOS.ConceptScheme.asNode()));
            out.add(Triple.create(
                    t, DCTerms.title.asNode(), NodeFactory.createLiteralLang(SCHEME_TITLES.get(t.getURI()), "en")));
        }
        return out;
    }

    /** A code of an EU authority table: a concept in its scheme, with the table's label. */
    private static void authorityCode(Set<Triple> out, Node code, String scheme) {
        Node schemeNode = NodeFactory.createURI(scheme);
        out.add(Triple.create(code, RDF.type.asNode(), SKOS.Concept.asNode()));
        out.add(Triple.create(code, SKOS.inScheme.asNode(), schemeNode));
        String label = LABELS.get(code.getURI());
        if (label != null) {
            out.add(Triple.create(code, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang(label, "en")));
        }
        out.add(Triple.create(schemeNode, RDF.type.asNode(), SKOS.ConceptScheme.asNode()));
        out.add(Triple.create(
                schemeNode, DCTerms.title.asNode(), NodeFactory.createLiteralLang(SCHEME_TITLES.get(scheme), "en")));
    }

    private static Set<Node> objects(Graph g, Node... properties) {
        Set<Node> out = new HashSet<>();
        for (Node p : List.of(properties)) {
            g.find(Node.ANY, p, Node.ANY).forEachRemaining(t -> {
                if (t.getObject().isURI()) {
                    out.add(t.getObject());
                }
            });
        }
        return out;
    }
}

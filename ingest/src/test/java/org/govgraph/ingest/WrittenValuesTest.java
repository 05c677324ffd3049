package org.govgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.govgraph.model.Iris;
import org.govgraph.model.vocab.DQV;
import org.govgraph.model.vocab.OA;
import org.junit.jupiter.api.Test;

/** What any source's row keeps of the values it adds ({@link IngestContext.Row#add}). */
class WrittenValuesTest {
    private static final Path FILE = Path.of("si.csv");
    private final Iris iris = Iris.defaults();
    private final IngestContext context = new IngestContext(iris);
    private final Node service = iris.service("ca", "SRV03170");

    private Graph accepted(java.util.function.Consumer<IngestContext.Row> adds) {
        IngestContext.Row row = context.row(FILE, 2);
        adds.accept(row);
        row.accept();
        return context.assemble();
    }

    @Test
    void aPageThatEndsInANoBreakSpaceIsKeptTrimmed() {
        Graph g = accepted(row -> row.add(
                service, FOAF.page.asNode(), NodeFactory.createURI("https://www.canada.ca/fr/services.html\u00A0")));
        assertEquals(
                List.of(Triple.create(
                        service, FOAF.page.asNode(), NodeFactory.createURI("https://www.canada.ca/fr/services.html"))),
                g.find().toList());
    }

    @Test
    void aPageWithASpaceInsideIsLeftOutWithAQualityAnnotationGivingTheValue() {
        String published = "https://www.canada.ca/en/my services.html";
        Graph g = accepted(row -> {
            row.add(service, RDF.type.asNode(), NodeFactory.createURI("http://data.europa.eu/m8g/PublicService"));
            row.add(service, FOAF.page.asNode(), NodeFactory.createURI(published));
        });
        assertFalse(g.contains(service, FOAF.page.asNode(), Node.ANY));
        Node note = NodeFactory.createURI(iris.base() + "id/annotation/service/ca/SRV03170/page");
        assertTrue(g.contains(service, DQV.hasQualityAnnotation.asNode(), note));
        assertTrue(g.contains(note, RDF.type.asNode(), DQV.QualityAnnotation.asNode()));
        assertTrue(g.contains(note, OA.hasTarget.asNode(), service));
        String body =
                g.find(note, OA.bodyValue.asNode(), Node.ANY).next().getObject().getLiteralLexicalForm();
        assertTrue(body.contains("'" + published + "'") && body.contains(FOAF.page.getURI()), body);
        assertEquals(1, context.acceptedRows().size());
    }

    @Test
    void aSubjectThatIsNotALegalIriRejectsTheRowAtItsLine() {
        IngestContext.Row row = context.row(FILE, 7);
        row.add(
                NodeFactory.createURI("https://example.org/a b"),
                DCTerms.identifier.asNode(),
                NodeFactory.createLiteralString("1"));
        row.accept();
        assertEquals(List.of(), context.acceptedRows());
        assertEquals(1, context.rejections().size());
        Rejection r = context.rejections().get(0);
        assertEquals(7, r.line());
        assertTrue(r.reason().contains("'https://example.org/a b' is not a legal IRI"), r.reason());
    }

    @Test
    void titlesAndNamesAreOneLine() {
        Node org = iris.organisation("ca", "esdc");
        Graph g = accepted(row -> {
            row.add(service, DCTerms.title.asNode(), NodeFactory.createLiteralLang("Apply for\r\n a passport ", "en"));
            row.add(
                    org,
                    SKOS.prefLabel.asNode(),
                    NodeFactory.createLiteralLang("Employment and\r\nSocial Development", "en"));
            row.add(
                    service,
                    DCTerms.description.asNode(),
                    NodeFactory.createLiteralLang("First line.\nSecond line.", "en"));
        });
        assertTrue(g.contains(
                service, DCTerms.title.asNode(), NodeFactory.createLiteralLang("Apply for a passport", "en")));
        assertTrue(g.contains(
                org,
                SKOS.prefLabel.asNode(),
                NodeFactory.createLiteralLang("Employment and Social Development", "en")));
        assertTrue(
                g.contains(
                        service,
                        DCTerms.description.asNode(),
                        NodeFactory.createLiteralLang("First line.\nSecond line.", "en")),
                "descriptions keep their paragraphs");
    }
}

package org.govgraph.ingest;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * What every row may write, whichever source it comes from: the one place where values
 * are made fit for RDF and JSON-LD before {@link IngestContext.Row#add} keeps them. IRIs
 * must be legal ({@link IriCheck}); titles and names are one line, since sources paste
 * them from documents (five Canadian names carry a CRLF) and a line break in a title
 * breaks every list, table and CSV cell that shows it.
 */
final class WrittenValues {
    /** The properties whose values are a title or a name, shown on one line. */
    static final Set<Node> ONE_LINE = Set.of(
            DCTerms.title.asNode(),
            DCTerms.alternative.asNode(),
            SKOS.prefLabel.asNode(),
            SKOS.altLabel.asNode(),
            RDFS.label.asNode(),
            FOAF.name.asNode());

    /** A line break with the white space around it. */
    private static final Pattern LINE_BREAK = Pattern.compile("\\s*\\R\\s*");

    private WrittenValues() {}

    /** An IRI node as it is written (trimmed), empty when it is not a legal IRI; any other node unchanged. */
    static Optional<Node> iri(Node node) {
        if (!node.isURI()) {
            return Optional.of(node);
        }
        return IriCheck.legal(node.getURI()).map(iri -> iri.equals(node.getURI()) ? node : NodeFactory.createURI(iri));
    }

    /** The value of {@code property} as written: a title or name with its line breaks made single spaces. */
    static Node value(Node property, Node value) {
        if (!value.isLiteral() || !ONE_LINE.contains(property)) {
            return value;
        }
        String text = value.getLiteralLexicalForm();
        if (!LINE_BREAK.matcher(text).find()) {
            return value;
        }
        String line = LINE_BREAK.matcher(text.strip()).replaceAll(" ");
        return value.getLiteralLanguage().isEmpty()
                ? NodeFactory.createLiteralDT(line, value.getLiteralDatatype())
                : NodeFactory.createLiteralLang(line, value.getLiteralLanguage());
    }
}

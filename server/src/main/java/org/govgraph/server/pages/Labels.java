package org.govgraph.server.pages;

import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.govgraph.model.vocab.GG;

/** Picks the name a page shows for a node: its preferred label, in English when there is one. */
public final class Labels {
    /** The properties that name things, in the order a label is looked for. */
    public static final List<Node> PROPERTIES = List.of(
            SKOS.prefLabel.asNode(),
            DCTerms.title.asNode(),
            RDFS.label.asNode(),
            FOAF.name.asNode(),
            GG.officialName.asNode(),
            SKOS.altLabel.asNode(),
            SKOS.notation.asNode());

    private Labels() {}

    /** The best label of {@code node} in {@code graph}: English first, then untagged, then any language. */
    public static Optional<String> of(Graph graph, Node node) {
        if (!node.isURI() && !node.isBlank()) {
            return Optional.empty();
        }
        for (Node p : PROPERTIES) {
            String any = null;
            String plain = null;
            var it = graph.find(node, p, Node.ANY);
            try {
                while (it.hasNext()) {
                    Node o = it.next().getObject();
                    if (!o.isLiteral()) {
                        continue;
                    }
                    String lang = o.getLiteralLanguage();
                    if (lang.equalsIgnoreCase("en") || lang.toLowerCase().startsWith("en-")) {
                        return Optional.of(o.getLiteralLexicalForm());
                    }
                    if (lang.isEmpty() && plain == null) {
                        plain = o.getLiteralLexicalForm();
                    } else if (any == null) {
                        any = o.getLiteralLexicalForm();
                    }
                }
            } finally {
                it.close();
            }
            if (plain != null) {
                return Optional.of(plain);
            }
            if (any != null) {
                return Optional.of(any);
            }
        }
        return Optional.empty();
    }
}

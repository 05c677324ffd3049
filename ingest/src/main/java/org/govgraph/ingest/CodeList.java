package org.govgraph.ingest;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.SKOS;
import org.govgraph.model.Ontology;
import org.govgraph.model.vocab.GG;

/**
 * The concepts of one govgraph code list by their {@code skos:notation}, read from the
 * bundled ontology graph, so that a code the list does not know is caught while reading
 * a row rather than minted into a concept nobody defined. Shared by the adapters and the
 * mapping files, which name concepts by these notations.
 */
public final class CodeList {
    private final String name;
    private final Map<String, Node> byNotation;

    private CodeList(String name, Map<String, Node> byNotation) {
        this.name = name;
        this.byNotation = byNotation;
    }

    /** The channel codes (ONL, TEL, ...), first those of the Canada inventory. */
    public static CodeList channels() {
        return of("channel", GG.ChannelScheme);
    }

    /** The service-type codes of the Guideline on Service and Digital (INFO, APIR, ...). */
    public static CodeList serviceTypes() {
        return of("service type", GG.ServiceTypeScheme);
    }

    public static CodeList of(String name, Resource scheme) {
        Graph g = Ontology.graph();
        Map<String, Node> map = new HashMap<>();
        g.find(Node.ANY, SKOS.inScheme.asNode(), scheme.asNode())
                .forEachRemaining((Triple t) -> g.find(t.getSubject(), SKOS.notation.asNode(), Node.ANY)
                        .forEachRemaining(n -> map.put(n.getObject().getLiteralLexicalForm(), t.getSubject())));
        if (map.isEmpty()) {
            throw new IllegalStateException("The ontology has no concepts in " + scheme + " (a govgraph defect)");
        }
        return new CodeList(name, Map.copyOf(map));
    }

    /** What kind of code this list holds, for messages. */
    public String name() {
        return name;
    }

    /** The concept for a code, or empty when the list does not have it. */
    public Optional<Node> concept(String code) {
        return Optional.ofNullable(byNotation.get(code));
    }

    /** Every notation of the list, sorted, for messages. */
    public java.util.SortedSet<String> notations() {
        return new java.util.TreeSet<>(byNotation.keySet());
    }
}

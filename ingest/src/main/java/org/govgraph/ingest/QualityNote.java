package org.govgraph.ingest;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.govgraph.model.Iris;
import org.govgraph.model.vocab.DQV;
import org.govgraph.model.vocab.OA;

/**
 * A W3C DQV quality annotation saying that a field of the source was left out and why,
 * with the value as published, so that dropping an unusable value loses nothing.
 */
public final class QualityNote {
    private QualityNote() {}

    /**
     * Annotates {@code target} (an entity of kind {@code kind}, e.g. {@code service}, with key
     * {@code key}) about its field {@code column}. The annotation's IRI is
     * {@code id/annotation/{scheme}/{kind}/{key}/{column}}.
     */
    public static void add(
            IngestContext.Row row,
            Iris iris,
            String scheme,
            Node target,
            String kind,
            String key,
            String column,
            String text) {
        add(row, iris.id("annotation", scheme, kind, key, column), target, text);
    }

    /**
     * Annotates {@code target} about a value of {@code property} that no adapter could know was
     * unusable (see {@link IngestContext.Row#add}): for one of govgraph's own entities,
     * {@code id/service/ca/1} say, the annotation is {@code id/annotation/service/ca/1/{property's local name}}.
     */
    static void add(IngestContext.Row row, Iris iris, Node target, Node property, String text) {
        String own = iris.base() + "id/";
        Node note = target.isURI() && target.getURI().startsWith(own)
                ? NodeFactory.createURI(own + "annotation/" + target.getURI().substring(own.length()) + "/"
                        + Iris.segment(property.getLocalName().isEmpty() ? property.getURI() : property.getLocalName()))
                : NodeFactory.createBlankNode();
        add(row, note, target, text);
    }

    private static void add(IngestContext.Row row, Node note, Node target, String text) {
        row.add(target, DQV.hasQualityAnnotation.asNode(), note);
        row.add(note, RDF.type.asNode(), DQV.QualityAnnotation.asNode());
        row.add(note, OA.motivatedBy.asNode(), DQV.qualityAssessment.asNode());
        row.add(note, OA.hasTarget.asNode(), target);
        row.add(note, OA.bodyValue.asNode(), NodeFactory.createLiteralLang(text, "en"));
    }
}

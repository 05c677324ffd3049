package org.govgraph.ingest.mapping;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.govgraph.ingest.IngestContext;
import org.govgraph.model.Iris;
import org.govgraph.model.vocab.DQV;
import org.govgraph.model.vocab.OA;

/**
 * A W3C DQV quality annotation saying that a field of the source was left out and why,
 * with the value as published, so that dropping an unusable value loses nothing.
 */
final class QualityNote {
    private QualityNote() {
    }

    /**
     * Annotates {@code target} (an entity of kind {@code kind}, e.g. {@code service}, with key
     * {@code key}) about its field {@code column}. The annotation's IRI is
     * {@code id/annotation/{scheme}/{kind}/{key}/{column}}.
     */
    static void add(IngestContext.Row row, Iris iris, String scheme, Node target, String kind, String key, String column,
                    String text) {
        Node note = iris.id("annotation", scheme, kind, key, column);
        row.add(target, DQV.hasQualityAnnotation.asNode(), note);
        row.add(note, RDF.type.asNode(), DQV.QualityAnnotation.asNode());
        row.add(note, OA.motivatedBy.asNode(), DQV.qualityAssessment.asNode());
        row.add(note, OA.hasTarget.asNode(), target);
        row.add(note, OA.bodyValue.asNode(), NodeFactory.createLiteralLang(text, "en"));
    }
}

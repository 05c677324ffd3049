package org.govgraph.release.conformance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The application profiles' own SHACL shapes, as published upstream (copied unchanged into
 * {@code src/test/resources/conformance/}, see {@code SOURCE.md} there), loaded for Jena SHACL.
 */
public enum OfficialShapes {
    /** DCAT-AP 3.0.1, the generated shapes of {@code releases/3.0.1/shacl/} with their ranges. */
    DCAT_AP_GENERATED("dcat-ap-3.0.1/shacl/dcat-ap-SHACL.ttl", "dcat-ap-3.0.1/shacl/ranges.ttl"),
    /** DCAT-AP 3.0.1, the hand-made shapes of {@code releases/3.0.1/html/shacl/}: core, ranges, controlled vocabularies. */
    DCAT_AP_CORE(
            "dcat-ap-3.0.1/html-shacl/shapes.ttl",
            "dcat-ap-3.0.1/html-shacl/range.ttl",
            "dcat-ap-3.0.1/html-shacl/mdr-vocabularies.shape.ttl"),
    /** DCAT-AP 3.0.1's recommended properties (warnings only). */
    DCAT_AP_RECOMMENDED("dcat-ap-3.0.1/html-shacl/shapes_recommended.ttl"),
    /** CPSV-AP 3.2.0, {@code releases/3.2.0/shacl/cpsv-ap-SHACL.ttl}. */
    CPSV_AP("cpsv-ap-3.2.0/cpsv-ap-SHACL.ttl");

    private final List<String> files;
    private Shapes shapes;

    OfficialShapes(String... files) {
        this.files = List.of(files);
    }

    public synchronized Shapes shapes() {
        if (shapes == null) {
            Graph g = GraphFactory.createDefaultGraph();
            for (String file : files) {
                String resource = "conformance/" + file;
                try (InputStream in = OfficialShapes.class.getClassLoader().getResourceAsStream(resource)) {
                    if (in == null) {
                        throw new IllegalStateException("No test resource " + resource);
                    }
                    RDFParser.source(in).lang(Lang.TURTLE).parse(g);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            dropUndefinedPropertyShapes(g);
            acceptTheSpdxNamespace(g);
            shapes = Shapes.parse(g);
        }
        return shapes;
    }

    /**
     * The generated DCAT-AP 3.0.1 shapes name seven property shapes in {@code sh:property}
     * that the file never defines; Jena refuses a shape without {@code sh:path}. They
     * constrain nothing upstream either, so the reference is dropped here, in memory: the
     * copied file stays as published.
     *
     * @return how many references were dropped
     */
    static int dropUndefinedPropertyShapes(Graph g) {
        List<Triple> undefined = g.find(Node.ANY, SHACL.property, Node.ANY)
                .filterKeep(t -> t.getObject().isURI() && !g.contains(t.getObject(), Node.ANY, Node.ANY))
                .toList();
        undefined.forEach(g::delete);
        return undefined.size();
    }

    /**
     * {@code mdr-vocabularies.shape.ttl}'s checksum algorithm restriction has
     * {@code sh:pattern "^https://spdx.org/rdf/terms"}, but the SPDX terms that DCAT-AP 3
     * names (and its own generated shapes' {@code spdx:ChecksumAlgorithm}) are in
     * {@code http://spdx.org/rdf/terms#}: no value can satisfy both. The pattern is widened to
     * either scheme here, in memory; the copied file stays as published.
     */
    static void acceptTheSpdxNamespace(Graph g) {
        Node published = NodeFactory.createLiteralString("^https://spdx.org/rdf/terms");
        List<Triple> found = g.find(Node.ANY, SHACL.pattern, published).toList();
        for (Triple t : found) {
            g.delete(t);
            g.add(Triple.create(
                    t.getSubject(), SHACL.pattern, NodeFactory.createLiteralString("^https?://spdx.org/rdf/terms")));
        }
    }

    public ValidationReport validate(Graph data) {
        return ShaclValidator.get().validate(shapes(), data);
    }

    /** Counts of a report's entries at one severity, by source shape's path and constraint. */
    public static Map<String, Integer> summary(ValidationReport report, Severity severity) {
        Map<String, Integer> counts = new TreeMap<>();
        for (ReportEntry e : report.getEntries()) {
            if (e.severity().equals(severity)) {
                String key = (e.resultPath() == null ? "" : e.resultPath().toString()) + " "
                        + e.sourceConstraintComponent().getLocalName() + " " + e.message();
                counts.merge(key.length() > 240 ? key.substring(0, 240) : key, 1, Integer::sum);
            }
        }
        return counts;
    }

    public static long count(ValidationReport report, Severity severity) {
        return report.getEntries().stream()
                .filter(e -> e.severity().equals(severity))
                .count();
    }

    /** The report's first entries, for a failure message. */
    public static String sample(ValidationReport report, Severity severity, int n) {
        StringBuilder sb = new StringBuilder();
        report.getEntries().stream()
                .filter(e -> e.severity().equals(severity))
                .limit(n)
                .forEach(e -> sb.append("\n  ")
                        .append(e.focusNode())
                        .append(' ')
                        .append(e.resultPath())
                        .append(": ")
                        .append(e.message()));
        return sb.toString();
    }
}

package org.govgraph.release.publish;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;

/**
 * Writes a stream of triples as one JSON-LD 1.1 document with Jackson's streaming
 * generator, holding no more than one subject's triples in memory: Jena's JSON-LD writer
 * builds the whole document in memory first, which a dump must not do.
 *
 * <p>The document is {@code {"@context": {prefixes}, "@graph": [node objects]}}; keys are
 * compact IRIs where a prefix applies, values are explicit value objects, so nothing
 * depends on type coercion. Triples of one subject are grouped while they arrive together
 * (TDB2 yields a graph in subject order); a subject that comes back later gets a second
 * node object with the same {@code @id}, which JSON-LD merges.
 */
final class JsonLdStreamWriter implements StreamRDF {
    private static final JsonFactory JSON = new JsonFactory();

    private final JsonGenerator json;
    private final PrefixMapping prefixes;
    private Node subject;
    private final Map<Node, List<Node>> properties = new LinkedHashMap<>();

    JsonLdStreamWriter(OutputStream out, PrefixMapping prefixes) {
        try {
            this.json = JSON.createGenerator(out, JsonEncoding.UTF8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.prefixes = prefixes;
    }

    @Override
    public void start() {
        io(() -> {
            json.writeStartObject();
            json.writeObjectFieldStart("@context");
            for (Map.Entry<String, String> p : prefixes.getNsPrefixMap().entrySet()) {
                json.writeStringField(p.getKey(), p.getValue());
            }
            json.writeEndObject();
            json.writeArrayFieldStart("@graph");
        });
    }

    @Override
    public void triple(Triple triple) {
        if (!triple.getSubject().equals(subject)) {
            flush();
            subject = triple.getSubject();
        }
        properties
                .computeIfAbsent(triple.getPredicate(), p -> new ArrayList<>())
                .add(triple.getObject());
    }

    @Override
    public void quad(Quad quad) {
        triple(quad.asTriple());
    }

    @Override
    public void base(String base) {
        // Every IRI is written in full or as a compact IRI: no base is needed.
    }

    @Override
    public void prefix(String prefix, String iri) {
        // The context is written at start(); prefixes are given to the constructor.
    }

    @Override
    public void version(String version) {
        // JSON-LD has no RDF version announcement.
    }

    @Override
    public void finish() {
        flush();
        io(() -> {
            json.writeEndArray();
            json.writeEndObject();
            json.writeRaw('\n');
            json.flush();
        });
    }

    private void flush() {
        if (subject == null) {
            return;
        }
        io(() -> {
            json.writeStartObject();
            json.writeStringField("@id", id(subject));
            List<Node> types = properties.remove(RDF.type.asNode());
            if (types != null && types.stream().allMatch(Node::isURI)) {
                json.writeArrayFieldStart("@type");
                for (Node t : types) {
                    json.writeString(t.getURI());
                }
                json.writeEndArray();
            } else if (types != null) {
                properties.put(RDF.type.asNode(), types);
            }
            for (Map.Entry<Node, List<Node>> e : properties.entrySet()) {
                json.writeArrayFieldStart(key(e.getKey()));
                for (Node o : e.getValue()) {
                    value(o);
                }
                json.writeEndArray();
            }
            json.writeEndObject();
        });
        properties.clear();
        subject = null;
    }

    private void value(Node o) throws IOException {
        json.writeStartObject();
        if (o.isLiteral()) {
            json.writeStringField("@value", o.getLiteralLexicalForm());
            String lang = o.getLiteralLanguage();
            if (lang != null && !lang.isEmpty()) {
                json.writeStringField("@language", lang);
            } else if (!XSDDatatype.XSDstring.getURI().equals(o.getLiteralDatatypeURI())) {
                json.writeStringField("@type", o.getLiteralDatatypeURI());
            }
        } else {
            json.writeStringField("@id", id(o));
        }
        json.writeEndObject();
    }

    /** A property as a compact IRI when a prefix covers it with a plain local name, else in full. */
    private String key(Node predicate) {
        String iri = predicate.getURI();
        String compact = prefixes.qnameFor(iri);
        return compact != null && compact.matches("[A-Za-z][A-Za-z0-9_-]*:[A-Za-z_][A-Za-z0-9_-]*") ? compact : iri;
    }

    private static String id(Node node) {
        if (node.isBlank()) {
            return "_:" + NodeFmtLib.encodeBNodeLabel(node.getBlankNodeLabel());
        }
        return node.getURI();
    }

    private interface IoAction {
        void run() throws IOException;
    }

    private static void io(IoAction action) {
        try {
            action.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

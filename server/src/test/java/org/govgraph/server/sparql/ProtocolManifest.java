package org.govgraph.server.sparql;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;

/**
 * The W3C SPARQL 1.1 Protocol manifest as the tests read it: its entries in order, and each
 * case's HTTP request (HTTP-in-RDF vocabulary) with the status class its response must have.
 */
record ProtocolManifest(Model model, Resource manifest) {
    private static final String RESOURCE = "/w3c-protocol/manifest.ttl";
    private static final String MF = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#";
    private static final String HT = "http://www.w3.org/2011/http#";
    private static final String CNT = "http://www.w3.org/2011/content#";
    private static final Pattern STATUS_CLASS = Pattern.compile("StatusCode([1-5])xx");

    /** One request of a case, as the manifest writes it. */
    record Request(
            String name,
            String method,
            String absolutePath,
            List<Map.Entry<String, String>> headers,
            byte[] body,
            int expectedStatusClass) {
        /** The path and query with the manifest's {@code /sparql/} replaced by the endpoint's path. */
        String pathAndQuery(String endpoint) {
            if (!absolutePath.startsWith("/sparql/")) {
                throw new IllegalStateException(name + ": path " + absolutePath + " does not start with /sparql/");
            }
            return endpoint + absolutePath.substring("/sparql/".length()).replaceFirst("^(?=[^?])", "/");
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static ProtocolManifest load() {
        Model model = ModelFactory.createDefaultModel();
        try (InputStream in = ProtocolManifest.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the test class path");
            }
            RDFDataMgr.read(
                    model,
                    in,
                    "http://www.w3.org/2009/sparql/docs/tests/data-sparql11/protocol/manifest.ttl",
                    Lang.TURTLE);
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
        Resource manifest = model.listSubjectsWithProperty(model.createProperty(MF, "entries"))
                .next();
        return new ProtocolManifest(model, manifest);
    }

    private Property p(String ns, String local) {
        return model.createProperty(ns, local);
    }

    private List<Resource> entries() {
        return manifest.getRequiredProperty(p(MF, "entries")).getObject().as(RDFList.class).asJavaList().stream()
                .map(RDFNode::asResource)
                .toList();
    }

    /** The local names of the entries, in the manifest's order. */
    List<String> entryNames() {
        return entries().stream().map(Resource::getLocalName).toList();
    }

    /** Every request of every case, in order (each case of this manifest has one). */
    List<Request> requests() {
        List<Request> requests = new ArrayList<>();
        for (Resource entry : entries()) {
            Resource connection = entry.getRequiredProperty(p(MF, "action")).getResource();
            for (RDFNode node : connection
                    .getRequiredProperty(p(HT, "requests"))
                    .getObject()
                    .as(RDFList.class)
                    .asJavaList()) {
                requests.add(request(entry.getLocalName(), node.asResource()));
            }
        }
        return requests;
    }

    private Request request(String name, Resource r) {
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        if (r.hasProperty(p(HT, "headers"))) {
            for (RDFNode h : r.getRequiredProperty(p(HT, "headers"))
                    .getObject()
                    .as(RDFList.class)
                    .asJavaList()) {
                headers.add(new AbstractMap.SimpleEntry<>(
                        h.asResource().getRequiredProperty(p(HT, "fieldName")).getString(),
                        h.asResource().getRequiredProperty(p(HT, "fieldValue")).getString()));
            }
        }
        byte[] body = null;
        if (r.hasProperty(p(HT, "body"))) {
            Resource b = r.getRequiredProperty(p(HT, "body")).getResource();
            Charset charset = Charset.forName(
                    b.getRequiredProperty(p(CNT, "characterEncoding")).getString());
            body = b.getRequiredProperty(p(CNT, "chars")).getString().getBytes(charset);
        }
        Resource response = r.getRequiredProperty(p(HT, "resp")).getResource();
        String expected = response.getRequiredProperty(p(MF, "expectedStatus"))
                .getResource()
                .getLocalName();
        Matcher m = STATUS_CLASS.matcher(expected);
        if (!m.matches()) {
            throw new IllegalStateException(
                    name + ": expected status " + expected + " is not a status class this runner knows");
        }
        return new Request(
                name,
                r.getRequiredProperty(p(HT, "methodName")).getString(),
                r.getRequiredProperty(p(HT, "absolutePath")).getString(),
                headers,
                body,
                Integer.parseInt(m.group(1)));
    }
}

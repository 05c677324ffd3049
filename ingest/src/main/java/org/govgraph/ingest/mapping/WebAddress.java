package org.govgraph.ingest.mapping;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;

/**
 * Reads a field as the address of a web page: an absolute {@code http} or {@code https}
 * IRI with a host, checked by Jena's IRI parser so that what is written is what RIOT reads
 * back. Typos seen in the Kenya eCitizen data ({@code htpps://}, {@code ttps://}, a space inside
 * the host) are not web addresses and are never repaired by guessing.
 */
final class WebAddress {
    private WebAddress() {
    }

    /** The IRI node for {@code text}, or empty when it is not an absolute http(s) IRI with a host. */
    static Optional<Node> parse(String text) {
        try {
            IRIx iri = IRIx.create(text);
            if (!iri.isAbsolute() || iri.hasViolations() || !(iri.hasScheme("http") || iri.hasScheme("https"))) {
                return Optional.empty();
            }
            String host = new URI(text).getHost();
            if (host == null || host.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(NodeFactory.createURI(iri.str()));
        } catch (IRIException | URISyntaxException e) {
            return Optional.empty();
        }
    }
}

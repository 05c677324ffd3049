package org.govgraph.ingest;

import java.net.URI;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Reads a field as the address of a web page: a legal IRI ({@link IriCheck}, so surrounding
 * white space is trimmed) that is {@code http} or {@code https} with a host. Typos seen in
 * the Kenya eCitizen data ({@code htpps://}, {@code ttps://}, a space inside the host) are
 * not web addresses and are never repaired by guessing.
 */
public final class WebAddress {
    private WebAddress() {}

    /** The IRI node for {@code text}, or empty when it is not an absolute http(s) IRI with a host. */
    public static Optional<Node> parse(String text) {
        return IriCheck.legal(text).filter(WebAddress::isWebPage).map(NodeFactory::createURI);
    }

    private static boolean isWebPage(String iri) {
        URI uri = URI.create(iri);
        String scheme = uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        return (scheme.equals("http") || scheme.equals("https"))
                && uri.getHost() != null
                && !uri.getHost().isEmpty();
    }
}

package org.govgraph.server.pages;

import java.net.URI;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.shared.PrefixMapping;
import org.govgraph.model.Iris;
import org.govgraph.model.vocab.Prefixes;

/**
 * Shows RDF terms on pages: the platform's own IRIs as links to their pages on this server,
 * other http(s) IRIs as links under their prefixed names, literals with their language or
 * datatype. Only http and https IRIs ever become links, so data cannot smuggle in a
 * {@code javascript:} URL.
 */
public final class NodeLinks {
    private final Iris iris;
    private final String basePath;
    private final PrefixMapping prefixes = Prefixes.standard();

    public NodeLinks(Iris iris) {
        this.iris = iris;
        String path = URI.create(iris.base()).getRawPath();
        this.basePath = path == null || path.isEmpty() ? "/" : path;
    }

    /** The server-relative path of one of our own IRIs, e.g. {@code /id/country/MYS}, or null. */
    public String localPath(String iri) {
        return iris.isOwn(iri) ? basePath + iri.substring(iris.base().length()) : null;
    }

    /** The href for an IRI: a local path for our own, the IRI itself when http(s), else null. */
    public String href(String iri) {
        String local = localPath(iri);
        if (local != null) {
            return local;
        }
        String lower = iri.toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") ? iri : null;
    }

    /** The short form of an IRI: {@code gg:egdi}, {@code id:country/MYS}, or the IRI. */
    public String shortForm(String iri) {
        if (iris.isOwn(iri) && iri.startsWith(iris.base() + "id/")) {
            return "id:" + iri.substring(iris.base().length() + 3);
        }
        String qname = prefixes.qnameFor(iri);
        return qname != null ? qname : iri;
    }

    /** A property, shown by its prefixed name and linked to its definition. */
    public Html property(Node p) {
        String h = href(p.getURI());
        Tag a = h == null ? Html.tag("span") : Html.tag("a").attr("href", h);
        return a.attr("title", p.getURI())
                .attr("class", "prop")
                .add(shortForm(p.getURI()))
                .html();
    }

    /** A value: a labelled link, a literal with its language or datatype, or a blank node. */
    public Html value(Node o, Map<Node, String> labels) {
        if (o.isURI()) {
            String iri = o.getURI();
            String label = labels.get(o);
            String h = href(iri);
            Tag a = h == null ? Html.tag("span") : Html.tag("a").attr("href", h);
            if (label != null) {
                return a.attr("title", iri)
                        .add(label, " ", Html.tag("small").attr("class", "iri").add(shortForm(iri)))
                        .html();
            }
            return a.attr("title", iri).add(shortForm(iri)).html();
        }
        if (o.isLiteral()) {
            Tag span = Html.tag("span").attr("class", "literal").add(o.getLiteralLexicalForm());
            String lang = o.getLiteralLanguage();
            if (!lang.isEmpty()) {
                span.attr("lang", lang);
                return Html.of(span, " ", Html.tag("span").attr("class", "lang").add(lang));
            }
            String dt = o.getLiteralDatatypeURI();
            if (dt != null && !dt.endsWith("#string")) {
                return Html.of(
                        span, " ", Html.tag("span").attr("class", "datatype").add(shortForm(dt)));
            }
            return span.html();
        }
        return Html.tag("span").attr("class", "bnode").add("[blank node]").html();
    }
}

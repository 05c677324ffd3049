package org.govgraph.server.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.govgraph.model.Iris;
import org.govgraph.model.vocab.ADMS;
import org.govgraph.model.vocab.DCAT3;
import org.govgraph.model.vocab.GG;
import org.govgraph.model.vocab.PROV;
import org.govgraph.model.vocab.SPDX;
import org.govgraph.release.publish.CatalogRecords;
import org.govgraph.server.pages.Html;
import org.govgraph.server.pages.Layout;
import org.govgraph.server.pages.Tag;

/**
 * The catalog as an HTML page for people: each data set with its publisher, licence and
 * description, and its releases newest first, each with its files (a link to download,
 * format, size and SHA-256). Everything shown comes from the catalog graph and is escaped.
 */
final class CatalogPage {
    private CatalogPage() {}

    static Html render(Graph catalog, Iris iris) {
        Tag main = Html.tag("div")
                .add(
                        Html.tag("h1").add("Data catalog"),
                        Html.tag("p")
                                .add(
                                        "Every data set is a series of releases; cite a release by its IRI. Each release's "
                                                + "files never change and carry their SHA-256. The catalog is also available as ",
                                        Html.tag("a")
                                                .attr("href", "/catalog?format=ttl")
                                                .add("Turtle"),
                                        " and ",
                                        Html.tag("a")
                                                .attr("href", "/catalog?format=jsonld")
                                                .add("JSON-LD"),
                                        ", and in the ",
                                        Html.tag("a").attr("href", "/sparql").add("SPARQL endpoint"),
                                        "."));
        List<Node> series = subjects(catalog, RDF.type.asNode(), DCAT3.DatasetSeries.asNode());
        series.sort(Comparator.comparing(
                s -> text(catalog, s, DCTerms.title.asNode()).orElse(s.getURI())));
        if (series.isEmpty()) {
            main.add(Html.tag("p").add("Nothing has been published yet."));
        }
        for (Node s : series) {
            main.add(series(catalog, s, iris));
        }
        Html head = Html.of(
                Html.tag("link")
                        .attr("rel", "alternate")
                        .attr("type", "text/turtle")
                        .attr("href", "/catalog?format=ttl"),
                Html.tag("link")
                        .attr("rel", "alternate")
                        .attr("type", "application/ld+json")
                        .attr("href", "/catalog?format=jsonld"));
        return Layout.page("Data catalog", Layout.Section.CATALOG, head, main.html());
    }

    private static Tag series(Graph g, Node series, Iris iris) {
        Tag section = Html.tag("section").attr("class", "dataset");
        section.add(Html.tag("h2").add(text(g, series, DCTerms.title.asNode()).orElse(series.getURI())));
        text(g, series, DCTerms.description.asNode())
                .ifPresent(d -> section.add(Html.tag("p").add(d)));
        Tag facts = Html.tag("dl");
        fact(facts, "Identifier", link(series.getURI(), series.getURI(), iris));
        object(g, series, DCTerms.publisher.asNode()).ifPresent(p -> fact(facts, "Publisher", label(g, p, iris)));
        object(g, series, DCTerms.license.asNode()).ifPresent(l -> fact(facts, "Licence", label(g, l, iris)));
        object(g, series, DCTerms.source.asNode()).ifPresent(s -> fact(facts, "Source", label(g, s, iris)));
        section.add(facts);

        List<Node> releases = subjects(g, DCAT3.inSeries.asNode(), series);
        releases.sort(Comparator.comparing(
                        (Node r) -> text(g, r, GG.releaseId.asNode()).orElse(""))
                .reversed());
        for (Node release : releases) {
            section.add(release(g, release, iris));
        }
        return section;
    }

    private static Tag release(Graph g, Node release, Iris iris) {
        String id = text(g, release, GG.releaseId.asNode()).orElse(release.getURI());
        Tag article = Html.tag("article").attr("class", "release");
        article.add(Html.tag("h3").add("Release ", link(release.getURI(), id, iris)));
        Tag facts = Html.tag("dl");
        text(g, release, DCTerms.issued.asNode()).ifPresent(i -> fact(facts, "Issued", i));
        text(g, release, org.govgraph.model.vocab.VOID.triples.asNode()).ifPresent(t -> fact(facts, "Triples", t));
        object(g, release, DCTerms.temporal.asNode())
                .ifPresent(period -> fact(
                        facts,
                        "Covers",
                        text(g, period, DCAT3.startDate.asNode()).orElse("?") + " to "
                                + text(g, period, DCAT3.endDate.asNode()).orElse("?")));
        int countries = subjectsOrObjects(g, release, DCTerms.spatial.asNode()).size();
        if (countries > 0) {
            fact(facts, "Countries", Integer.toString(countries));
        }
        text(g, release, ADMS.versionNotes.asNode()).ifPresent(n -> fact(facts, "Notes", n));
        article.add(facts);

        List<Node> files = subjectsOrObjects(g, release, DCAT3.distribution.asNode());
        if (files.isEmpty()) {
            article.add(Html.tag("p").add("Not published as files."));
            return article;
        }
        files.sort(Comparator.comparing(d -> text(g, d, DCTerms.title.asNode()).orElse("")));
        Tag rows = Html.tag("tbody");
        for (Node d : files) {
            String name = text(g, d, DCTerms.title.asNode()).orElse(d.getURI());
            Optional<Node> url = object(g, d, DCAT3.downloadURL.asNode());
            String sha = object(g, d, SPDX.checksum.asNode())
                    .flatMap(c -> text(g, c, SPDX.checksumValue.asNode()))
                    .orElse("");
            rows.add(Html.tag("tr")
                    .add(
                            Html.tag("td")
                                    .add(
                                            url.isPresent()
                                                    ? link(url.get().getURI(), name, iris)
                                                    : Html.text(name
                                                            + text(g, d, PROV.invalidatedAtTime.asNode())
                                                                    .map(t -> " (withdrawn " + t + ")")
                                                                    .orElse(""))),
                            Html.tag("td")
                                    .add(object(g, d, DCAT3.mediaType.asNode())
                                            .map(m -> mediaType(m.getURI()))
                                            .orElse("")),
                            Html.tag("td")
                                    .attr("class", "num")
                                    .add(text(g, d, DCAT3.byteSize.asNode()).orElse("")),
                            Html.tag("td").add(Html.tag("code").add(sha))));
        }
        article.add(Html.table(null, rows, "File", "Media type", "Bytes", "SHA-256"));
        return article;
    }

    /** A link; our own IRIs are made relative to the server, so the page works on any host and port. */
    private static Tag link(String iri, String label, Iris iris) {
        String href = iris.isOwn(iri) ? "/" + iri.substring(iris.base().length()) : iri;
        return Html.tag("a").attr("href", href).add(label);
    }

    private static Object label(Graph g, Node node, Iris iris) {
        if (node.isLiteral()) {
            return node.getLiteralLexicalForm();
        }
        if (node.isURI()) {
            return link(
                    node.getURI(),
                    text(g, node, org.apache.jena.sparql.vocabulary.FOAF.name.asNode())
                            .orElse(node.getURI()),
                    iris);
        }
        return "";
    }

    private static String mediaType(String iri) {
        int i = iri.indexOf("/media-types/");
        return i < 0 ? iri : iri.substring(i + "/media-types/".length());
    }

    private static void fact(Tag dl, String term, Object value) {
        dl.add(Html.tag("dt").add(term), Html.tag("dd").add(value));
    }

    private static List<Node> subjects(Graph g, Node p, Node o) {
        List<Node> out = new ArrayList<>();
        g.find(Node.ANY, p, o).forEachRemaining(t -> out.add(t.getSubject()));
        return out;
    }

    private static List<Node> subjectsOrObjects(Graph g, Node s, Node p) {
        return new ArrayList<>(g.find(s, p, Node.ANY).mapWith(Triple::getObject).toList());
    }

    private static Optional<Node> object(Graph g, Node s, Node p) {
        return CatalogRecords.object(g, s, p);
    }

    private static Optional<String> text(Graph g, Node s, Node p) {
        return object(g, s, p).filter(Node::isLiteral).map(Node::getLiteralLexicalForm);
    }
}

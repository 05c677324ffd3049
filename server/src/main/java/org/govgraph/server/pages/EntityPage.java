package org.govgraph.server.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.govgraph.model.Iris;
import org.govgraph.model.store.Release;

/** The HTML view of an {@link EntityDescription}: names, properties, owned nodes, inbound links and origin. */
public final class EntityPage {
    private final Iris iris;
    private final NodeLinks links;

    public EntityPage(Iris iris) {
        this.iris = iris;
        this.links = new NodeLinks(iris);
    }

    public Html render(EntityDescription d) {
        String iri = d.iri().getURI();
        String title = d.label().orElse(links.shortForm(iri));
        List<Object> main = new ArrayList<>();

        Tag types = Html.tag("p").attr("class", "types");
        d.graph()
                .find(d.iri(), RDF.type.asNode(), Node.ANY)
                .forEachRemaining(t -> types.add(
                        Html.tag("span").attr("class", "badge").add(links.value(t.getObject(), Map.of())), " "));
        main.add(Html.tag("h1").add(title));
        main.add(Html.tag("p").attr("class", "iri").add(Html.tag("code").add(iri)));
        main.add(types);
        main.add(Html.tag("p")
                .attr("class", "formats")
                .add(
                        "This page as ",
                        Html.tag("a")
                                .attr("href", "?format=ttl")
                                .attr("type", "text/turtle")
                                .add("Turtle"),
                        " · ",
                        Html.tag("a")
                                .attr("href", "?format=jsonld")
                                .attr("type", "application/ld+json")
                                .add("JSON-LD"),
                        " · ",
                        Html.tag("a")
                                .attr("href", "?format=nt")
                                .attr("type", "application/n-triples")
                                .add("N-Triples"),
                        " · ",
                        Html.tag("a")
                                .attr(
                                        "href",
                                        "/sparql?q="
                                                + URLEncoder.encode("DESCRIBE <" + iri + ">", StandardCharsets.UTF_8))
                                .add("query it in SPARQL")));

        main.add(names(d));
        main.add(Html.tag("section").add(Html.tag("h2").add("Properties"), properties(d, d.iri(), true)));

        TreeSet<String> owned = new TreeSet<>();
        d.graph().find().forEachRemaining(t -> {
            Node s = t.getSubject();
            if (s.isURI() && !s.equals(d.iri())) {
                owned.add(s.getURI());
            }
        });
        if (!owned.isEmpty()) {
            Tag section = Html.tag("section").add(Html.tag("h2").add("Parts"));
            for (String o : owned) {
                Node n = org.apache.jena.graph.NodeFactory.createURI(o);
                String name = d.labels().getOrDefault(n, o.substring(iri.length() + 1));
                section.add(
                        Html.tag("h3").attr("id", o.substring(iri.length() + 1)).add(name), properties(d, n, false));
            }
            main.add(section);
        }

        main.add(services(d));
        main.add(inbound(d));
        main.add(origins(d));

        Html head = Html.of(
                Html.tag("link")
                        .attr("rel", "alternate")
                        .attr("type", "text/turtle")
                        .attr("href", "?format=ttl"),
                Html.tag("link")
                        .attr("rel", "alternate")
                        .attr("type", "application/ld+json")
                        .attr("href", "?format=jsonld"),
                Html.tag("link")
                        .attr("rel", "alternate")
                        .attr("type", "application/n-triples")
                        .attr("href", "?format=nt"));
        return Layout.page(
                title,
                Layout.Section.NONE,
                head,
                Html.tag("article").attr("class", "entity").add(main.toArray()).html());
    }

    private Html names(EntityDescription d) {
        Tag body = Html.tag("tbody");
        int rows = 0;
        for (Node p : Labels.PROPERTIES) {
            List<Node> values = new ArrayList<>();
            d.graph().find(d.iri(), p, Node.ANY).forEachRemaining(t -> values.add(t.getObject()));
            values.sort(Comparator.comparing(n -> n.isLiteral() ? n.getLiteralLanguage() : ""));
            for (Node v : values) {
                if (!v.isLiteral()) {
                    continue;
                }
                String lang = v.getLiteralLanguage();
                body.add(Html.tag("tr")
                        .add(
                                Html.tag("td").add(links.property(p)),
                                Html.tag("td").add(lang.isEmpty() ? "—" : lang),
                                Html.tag("td")
                                        .add(Html.tag("span")
                                                .attr("lang", lang.isEmpty() ? null : lang)
                                                .add(v.getLiteralLexicalForm()))));
                rows++;
            }
        }
        if (rows == 0) {
            return Html.EMPTY;
        }
        return Html.tag("section")
                .add(Html.tag("h2").add("Names"), Html.table("props", body, "Property", "Language", "Name"))
                .html();
    }

    /** A property table for one subject; the entity's own table leaves out its names (shown above). */
    private Html properties(EntityDescription d, Node subject, boolean skipNames) {
        Map<String, List<Node>> byProperty = new TreeMap<>();
        d.graph().find(subject, Node.ANY, Node.ANY).forEachRemaining(t -> {
            Node p = t.getPredicate();
            if (skipNames
                    && (Labels.PROPERTIES.contains(p) && t.getObject().isLiteral() || p.equals(RDF.type.asNode()))) {
                return;
            }
            byProperty.computeIfAbsent(p.getURI(), k -> new ArrayList<>()).add(t.getObject());
        });
        if (byProperty.isEmpty()) {
            return Html.tag("p")
                    .attr("class", "muted")
                    .add("No further properties.")
                    .html();
        }
        Tag body = Html.tag("tbody");
        byProperty.forEach((p, values) -> {
            values.sort(Comparator.comparing(Node::toString));
            Tag list = Html.tag("ul").attr("class", "values");
            values.forEach(v -> list.add(Html.tag("li").add(links.value(v, d.labels()))));
            body.add(Html.tag("tr")
                    .add(
                            Html.tag("th")
                                    .attr("scope", "row")
                                    .add(links.property(org.apache.jena.graph.NodeFactory.createURI(p))),
                            Html.tag("td").add(list)));
        });
        return Html.tag("table").attr("class", "props").add(body).html();
    }

    /** A country's own inventories beside its survey figures: services and how many are end to end online. */
    private Html services(EntityDescription d) {
        if (d.services().isEmpty()) {
            return Html.EMPTY;
        }
        Tag body = Html.tag("tbody");
        for (ServiceTally t : d.services()) {
            String share = t.services() == 0
                    ? "—"
                    : String.format(java.util.Locale.ROOT, "%.1f %%", 100.0 * t.endToEndOnline() / t.services());
            body.add(Html.tag("tr")
                    .add(
                            Html.tag("td").add(links.value(iris.dataset(t.sourceId()), d.labels())),
                            Html.tag("td")
                                    .attr("class", "num")
                                    .add(String.format(java.util.Locale.ROOT, "%,d", t.services())),
                            Html.tag("td")
                                    .attr("class", "num")
                                    .add(String.format(java.util.Locale.ROOT, "%,d", t.endToEndOnline())),
                            Html.tag("td").attr("class", "num").add(share)));
        }
        String country = d.iri().getURI().substring(d.iri().getURI().lastIndexOf('/') + 1);
        return Html.tag("section")
                .attr("class", "services")
                .add(
                        Html.tag("h2").add("Public services"),
                        Html.tag("p")
                                .add(
                                        "What this country's own inventories list, beside the survey's figures below. ",
                                        Html.tag("a")
                                                .attr(
                                                        "href",
                                                        "/search?q="
                                                                + URLEncoder.encode(
                                                                        "country:" + country, StandardCharsets.UTF_8))
                                                .add("Search them"),
                                        "."),
                        Html.table("props", body, "Inventory", "Services", "End to end online", "Share"))
                .html();
    }

    private Html inbound(EntityDescription d) {
        if (d.inbound().isEmpty()) {
            return Html.EMPTY;
        }
        Tag body = Html.tag("tbody");
        List<Triple> sorted = new ArrayList<>(d.inbound());
        sorted.sort(Comparator.comparing((Triple t) -> t.getPredicate().getURI())
                .thenComparing(t ->
                        d.labels().getOrDefault(t.getSubject(), t.getSubject().toString())));
        for (Triple t : sorted) {
            body.add(Html.tag("tr")
                    .add(
                            Html.tag("td").add(links.value(t.getSubject(), d.labels())),
                            Html.tag("td").add(links.property(t.getPredicate()))));
        }
        Tag section = Html.tag("section")
                .add(Html.tag("h2").add("Links to this"), Html.table("props", body, "From", "Property"));
        if (d.moreInbound()) {
            String q = "SELECT ?s ?p WHERE { ?s ?p <" + d.iri().getURI() + "> }";
            section.add(Html.tag("p")
                    .add(
                            "The first " + EntityDescription.MAX_INBOUND + " are listed; ",
                            Html.tag("a")
                                    .attr("href", "/sparql?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8))
                                    .add("query all of them"),
                            "."));
        }
        return section.html();
    }

    private Html origins(EntityDescription d) {
        if (d.origins().isEmpty()) {
            return Html.EMPTY;
        }
        Tag list = Html.tag("ul");
        for (EntityDescription.Origin o : d.origins()) {
            Tag li = Html.tag("li")
                    .add(
                            "Graph ",
                            Html.tag("code").add(links.shortForm(o.graphName().toString())));
            o.sourceId().ifPresent(s -> li.add(", source ", Html.tag("strong").add(s)));
            if (o.release().isPresent()) {
                Release r = o.release().get();
                String releaseIri = iris.release(r.sourceId(), r.releaseId()).getURI();
                li.add(
                        ", latest release ",
                        Html.tag("a").attr("href", links.href(releaseIri)).add(r.releaseId()),
                        " issued ",
                        Html.tag("time")
                                .attr("datetime", r.issued().toString())
                                .add(r.issued().toString().replace('T', ' ')),
                        " (",
                        Html.tag("a").attr("href", "/catalog").add("catalog"),
                        ")");
            }
            list.add(li);
        }
        return Html.tag("section")
                .add(Html.tag("h2").add("Where it comes from"), list)
                .html();
    }
}

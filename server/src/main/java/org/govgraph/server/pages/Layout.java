package org.govgraph.server.pages;

/**
 * The frame every HTML page shares: the platform name, the navigation (Home, Search,
 * SPARQL, Catalog), the page's content and a footer with the data licences.
 */
public final class Layout {
    /** The platform's name as pages show it. */
    public static final String PLATFORM = "govgraph";

    /** Which navigation entry a page belongs to, so that it is marked as the current one. */
    public enum Section {
        HOME("/", "Home"),
        SEARCH("/search", "Search"),
        SPARQL("/sparql", "SPARQL"),
        CATALOG("/catalog", "Catalog"),
        NONE(null, null);

        final String path;
        final String label;

        Section(String path, String label) {
            this.path = path;
            this.label = label;
        }
    }

    private Layout() {}

    /**
     * A whole HTML document.
     *
     * @param title   the page title (escaped)
     * @param section the navigation entry to mark as current
     * @param head    extra elements for {@code <head>} (e.g. alternate links), may be empty
     * @param main    the page's content
     * @param scripts paths of bundled scripts under {@code /static/} to load at the end
     */
    public static Html page(String title, Section section, Html head, Html main, String... scripts) {
        Tag nav = Html.tag("ul");
        for (Section s : Section.values()) {
            if (s.path != null) {
                Tag a = Html.tag("a").attr("href", s.path).add(s.label);
                if (s == section) {
                    a.attr("aria-current", "page");
                }
                nav.add(Html.tag("li").add(a));
            }
        }
        Tag body = Html.tag("body")
                .add(
                        Html.tag("a")
                                .attr("class", "skip")
                                .attr("href", "#main")
                                .add("Skip to content"),
                        Html.tag("header")
                                .attr("class", "site")
                                .add(
                                        Html.tag("a")
                                                .attr("class", "brand")
                                                .attr("href", "/")
                                                .add(PLATFORM),
                                        Html.tag("span")
                                                .attr("class", "tagline")
                                                .add("Linked open data on public-sector service delivery"),
                                        Html.tag("nav")
                                                .attr("aria-label", "Main")
                                                .add(nav)),
                        Html.tag("main").attr("id", "main").add(main),
                        footer());
        for (String script : scripts) {
            body.add(Html.tag("script").attr("src", "/static/" + script).attr("defer", "defer"));
        }
        Tag html = Html.tag("html")
                .attr("lang", "en")
                .add(
                        Html.tag("head")
                                .add(
                                        Html.tag("meta").attr("charset", "utf-8"),
                                        Html.tag("meta")
                                                .attr("name", "viewport")
                                                .attr("content", "width=device-width, initial-scale=1"),
                                        Html.tag("title").add(title + " · " + PLATFORM),
                                        Html.tag("link")
                                                .attr("rel", "stylesheet")
                                                .attr("href", "/static/govgraph.css"),
                                        head),
                        body);
        return Html.of(Html.trusted("<!DOCTYPE html>\n"), html);
    }

    private static Tag footer() {
        return Html.tag("footer")
                .attr("class", "site")
                .add(
                        Html.tag("p")
                                .add(
                                        "Data: ",
                                        Html.tag("a")
                                                .attr("href", "/catalog")
                                                .add("every data set with its release history"),
                                        ". Licences: UN E-Government Survey (UN DESA) — free reuse with attribution; "
                                                + "Government of Canada Service Inventory and service standards — ",
                                        Html.tag("a")
                                                .attr(
                                                        "href",
                                                        "https://open.canada.ca/en/open-government-licence-canada")
                                                .attr("rel", "license")
                                                .add("Open Government Licence – Canada 2.0"),
                                        "; Kenya eCitizen catalogue — ",
                                        Html.tag("a")
                                                .attr("href", "https://creativecommons.org/licenses/by/4.0/")
                                                .attr("rel", "license")
                                                .add("CC BY 4.0"),
                                        "; Malaysia PSDSP figures — as published by MAMPU."),
                        Html.tag("p")
                                .add(
                                        "Machine access: ",
                                        Html.tag("a").attr("href", "/sparql").add("SPARQL"),
                                        ", ",
                                        Html.tag("a")
                                                .attr("href", "/api/openapi.json")
                                                .add("search API"),
                                        ", ",
                                        Html.tag("a")
                                                .attr("href", "/.well-known/void")
                                                .add("VoID"),
                                        "."));
    }
}

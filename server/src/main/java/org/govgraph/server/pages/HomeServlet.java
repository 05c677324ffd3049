package org.govgraph.server.pages;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.govgraph.model.Iris;
import org.govgraph.model.store.Store;
import org.govgraph.server.HttpError;
import org.govgraph.server.pages.chart.BarChart;
import org.govgraph.server.pages.chart.LineChart;

/**
 * The home page {@code /}: what the platform holds (per source: entities, triples, latest
 * release) and charts drawn on the server as inline SVG, each with a table beside it:
 * a country's EGDI and OSI over the survey years against its region's average
 * ({@code ?country=ISO3}, Malaysia by default); and, from the service statistics cube of each
 * inventory's latest release, the share of end-to-end-online services of each inventory and of
 * the 20 Canadian organisations with the most services, and the share of Canadian services that
 * can do each stage online.
 */
public final class HomeServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String DEFAULT_COUNTRY = "MYS";
    static final int TOP_ORGANISATIONS = 20;

    private final transient Supplier<Store> store;
    private final transient NodeLinks links;

    /** @param store the store of the release each request answers from */
    public HomeServlet(Supplier<Store> store, Iris iris) {
        this.store = store;
        this.links = new NodeLinks(iris);
    }

    private HomeData data() {
        return new HomeData(store.get());
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo() == null ? req.getServletPath() : req.getServletPath() + req.getPathInfo();
        if (!path.isEmpty() && !path.equals("/")) {
            throw HttpError.notFound("There is no page at " + path + ".");
        }
        String asked = Optional.ofNullable(req.getParameter("country"))
                .map(String::strip)
                .map(s -> s.toUpperCase(Locale.ROOT))
                .filter(s -> !s.isEmpty())
                .orElse(DEFAULT_COUNTRY);
        Pages.send(resp, render(asked));
    }

    Html render(String iso3) {
        List<Object> main = new ArrayList<>();
        main.add(Html.tag("section")
                .attr("class", "intro")
                .add(
                        Html.tag("h1").add("Public-sector service delivery, as linked open data"),
                        Html.tag("p")
                                .add("govgraph brings together government service inventories (Canada, Kenya), "
                                        + "Malaysia's digitalisation figures and the UN E-Government Survey, so that you can "
                                        + "search them, read them, chart them and cite the exact release you used."),
                        Html.tag("form")
                                .attr("class", "search-box")
                                .attr("action", "/search")
                                .attr("method", "get")
                                .attr("role", "search")
                                .add(
                                        Html.tag("label")
                                                .attr("for", "home-q")
                                                .attr("class", "visually-hidden")
                                                .add("Search"),
                                        Html.tag("input")
                                                .attr("type", "search")
                                                .attr("id", "home-q")
                                                .attr("name", "q")
                                                .attr("placeholder", "passport, business registration, Malaysia…")
                                                .attr("data-suggest", "true"),
                                        Html.tag("button")
                                                .attr("type", "submit")
                                                .add("Search"))));
        List<HomeData.SourceSummary> sources = data().sources();
        main.add(holdings(sources));
        main.add(countryChart(iso3));
        main.add(inventoryChart(sources));
        main.add(organisationChart());
        main.add(stageChart());
        return Layout.page("Home", Layout.Section.HOME, Html.EMPTY, Html.of(main.toArray()), "search.js");
    }

    private Html holdings(List<HomeData.SourceSummary> sources) {
        Tag section =
                Html.tag("section").attr("id", "holdings").add(Html.tag("h2").add("What the platform holds"));
        if (sources.isEmpty()) {
            return section.add(Html.tag("p").add("The store is empty: no source has been ingested yet."))
                    .html();
        }
        Tag body = Html.tag("tbody");
        for (HomeData.SourceSummary s : sources) {
            Tag counts = Html.tag("ul").attr("class", "counts");
            s.counts()
                    .forEach((kind, n) -> counts.add(Html.tag("li")
                            .add(Html.tag("strong").add(String.format(Locale.ROOT, "%,d", n)), " " + kind)));
            body.add(Html.tag("tr")
                    .attr("data-source", s.sourceId())
                    .add(
                            Html.tag("th")
                                    .attr("scope", "row")
                                    .add(
                                            Html.tag("a")
                                                    .attr(
                                                            "href",
                                                            links.localPath(store.get()
                                                                    .iris()
                                                                    .dataset(s.sourceId())
                                                                    .getURI()))
                                                    .add(s.title().orElse(s.sourceId())),
                                            Html.tag("br"),
                                            Html.tag("code").add(s.sourceId())),
                            Html.tag("td").add(counts),
                            Html.tag("td").attr("class", "num").add(String.format(Locale.ROOT, "%,d", s.triples())),
                            Html.tag("td")
                                    .add(
                                            s.release()
                                                    .map(r -> (Object) Html.tag("a")
                                                            .attr(
                                                                    "href",
                                                                    links.localPath(store.get()
                                                                            .iris()
                                                                            .release(s.sourceId(), r)
                                                                            .getURI()))
                                                            .add(r))
                                                    .orElse("—"),
                                            s.issued()
                                                    .map(i -> (Object) Html.of(
                                                            Html.tag("br"),
                                                            Html.tag("time")
                                                                    .attr("datetime", i.toString())
                                                                    .add(i.toString()
                                                                            .substring(0, 10))))
                                                    .orElse(Html.EMPTY))));
        }
        section.add(Html.tag("table")
                .attr("class", "data holdings")
                .add(
                        Html.tag("thead")
                                .add(Html.tag("tr")
                                        .add(
                                                Html.tag("th")
                                                        .attr("scope", "col")
                                                        .add("Source"),
                                                Html.tag("th")
                                                        .attr("scope", "col")
                                                        .add("Holds"),
                                                Html.tag("th")
                                                        .attr("scope", "col")
                                                        .add("Triples"),
                                                Html.tag("th")
                                                        .attr("scope", "col")
                                                        .add("Latest release"))),
                        body));
        store.get()
                .release()
                .ifPresent(r -> section.add(Html.tag("p")
                        .attr("class", "muted")
                        .add(
                                "Store release ",
                                Html.tag("code").attr("id", "store-release").add(r),
                                ". Every release is listed in the ",
                                Html.tag("a").attr("href", "/catalog").add("catalog"),
                                " with its downloads and checksums.")));
        return section.html();
    }

    private Html countryChart(String iso3) {
        List<HomeData.Country> countries = data().countries();
        Tag section = Html.tag("section")
                .attr("id", "country-chart")
                .add(Html.tag("h2").add("E-government development over the survey years"));
        Tag select = Html.tag("select").attr("name", "country").attr("id", "country");
        for (HomeData.Country c : countries) {
            select.add(Html.tag("option")
                    .attr("value", c.iso3())
                    .flag("selected", c.iso3().equals(iso3))
                    .add(c.name() + " (" + c.iso3() + ")"));
        }
        section.add(Html.tag("form")
                .attr("method", "get")
                .attr("action", "/")
                .attr("class", "inline")
                .add(
                        Html.tag("label").attr("for", "country").add("Country "),
                        select,
                        " ",
                        Html.tag("button").attr("type", "submit").add("Show")));
        Optional<HomeData.Country> country =
                countries.stream().filter(c -> c.iso3().equals(iso3)).findFirst();
        if (country.isEmpty()) {
            return section.add(Html.tag("p")
                            .attr("class", "notice")
                            .add("The store has no E-Government Survey figures for " + iso3 + "."))
                    .html();
        }
        HomeData.CountryTrend t = data().trend(country.get());
        String name = country.get().name();
        String region = country.get().region().orElse("its region");
        List<LineChart.Series> series = new ArrayList<>();
        series.add(new LineChart.Series(name + " EGDI", t.egdi(), false));
        series.add(new LineChart.Series(name + " OSI", t.osi(), false));
        if (!t.regionEgdi().isEmpty()) {
            series.add(new LineChart.Series(region + " average EGDI", t.regionEgdi(), true));
            series.add(new LineChart.Series(region + " average OSI", t.regionOsi(), true));
        }
        LineChart chart = new LineChart(
                "chart-country",
                name + ": EGDI and OSI by survey year, against the " + region + " average",
                "The E-Government Development Index and the Online Service Index of " + name
                        + " in each UN E-Government Survey edition, with the average of the countries of "
                        + region + ". Years without a published value are gaps.",
                "Index (0 to 1)",
                0,
                1,
                series);
        section.add(Html.tag("figure")
                .add(
                        chart.render(),
                        Html.tag("figcaption")
                                .add(
                                        "Solid lines: ",
                                        name,
                                        "; dashed lines: average of ",
                                        region,
                                        ". Source: UN E-Government Survey (UN DESA). ",
                                        Html.tag("a")
                                                .attr(
                                                        "href",
                                                        links.localPath(store.get()
                                                                .iris()
                                                                .country(iso3)
                                                                .getURI()))
                                                .add("About " + name))));
        section.add(Html.tag("details").add(Html.tag("summary").add("The figures as a table"), chart.table()));
        return section.html();
    }

    private Html organisationChart() {
        List<HomeData.OrganisationShare> shares = new ArrayList<>(data().canadianShares(TOP_ORGANISATIONS));
        Tag section = Html.tag("section")
                .attr("id", "organisation-chart")
                .add(Html.tag("h2").add("Which Canadian organisations deliver their services end to end online"));
        if (shares.isEmpty()) {
            return section.add(Html.tag("p").add("The Canada Service Inventory has not been ingested."))
                    .html();
        }
        // Read as a ranking: highest share first; organisations without known status last.
        shares.sort((a, b) -> Double.compare(b.share() == null ? -1 : b.share(), a.share() == null ? -1 : a.share()));
        List<BarChart.Bar> bars = shares.stream()
                .map(s -> new BarChart.Bar(
                        s.name(),
                        links.localPath(s.iri()),
                        s.share(),
                        s.endToEnd() + " of " + s.known() + " services end-to-end online"
                                + (s.known() < s.services()
                                        ? " (" + (s.services() - s.known()) + " without status)"
                                        : "")))
                .toList();
        BarChart chart = new BarChart(
                "chart-organisations",
                "Share of end-to-end-online services, the " + shares.size()
                        + " Canadian organisations with the most services",
                "For each of the Government of Canada organisations with the most services in the Service "
                        + "Inventory, the percentage of its services whose every applicable stage can be done online.",
                bars);
        return withChart(
                section,
                chart,
                "A service is end-to-end online when every stage that applies to it can be done online. Counted"
                        + " once per release at ingest (",
                Html.tag("a")
                        .attr(
                                "href",
                                links.localPath(store.get()
                                        .iris()
                                        .serviceStatsCube(HomeData.CANADA_SOURCE)
                                        .getURI()))
                        .add("the service statistics"),
                "). Source: Government of Canada Service Inventory (Open Government Licence – Canada).");
    }

    /** One bar per inventory, linked to the release whose cube it is read from. */
    private Html inventoryChart(List<HomeData.SourceSummary> sources) {
        List<HomeData.InventoryShare> shares = data().inventoryShares();
        Tag section = Html.tag("section")
                .attr("id", "inventory-chart")
                .add(Html.tag("h2").add("How many services of each inventory are end to end online"));
        if (shares.isEmpty()) {
            return section.add(Html.tag("p").add("No service inventory has been ingested."))
                    .html();
        }
        Iris iris = store.get().iris();
        List<BarChart.Bar> bars = new ArrayList<>();
        Tag sourcesNamed = Html.tag("ul").attr("class", "chart-sources");
        for (HomeData.InventoryShare s : shares) {
            Optional<HomeData.SourceSummary> source = sources.stream()
                    .filter(x -> x.sourceId().equals(s.sourceId()))
                    .findFirst();
            String title = source.flatMap(HomeData.SourceSummary::title).orElse(s.sourceId());
            Optional<String> release = source.flatMap(HomeData.SourceSummary::release);
            String href = release.map(
                            r -> links.localPath(iris.release(s.sourceId(), r).getURI()))
                    .orElse(links.localPath(iris.dataset(s.sourceId()).getURI()));
            bars.add(new BarChart.Bar(
                    title,
                    href,
                    s.share(),
                    s.endToEnd() + " of " + s.known() + " services end-to-end online"
                            + (s.known() < s.services() ? " (" + (s.services() - s.known()) + " without status)" : "")
                            + release.map(r -> ", release " + r).orElse("")));
            sourcesNamed.add(Html.tag("li")
                    .attr("data-source", s.sourceId())
                    .add(
                            Html.tag("a").attr("href", href).add(title),
                            release.map(r -> (Object) Html.of(
                                            ", release ", Html.tag("code").add(r)))
                                    .orElse(Html.EMPTY),
                            " (",
                            Html.tag("a")
                                    .attr(
                                            "href",
                                            links.localPath(iris.serviceStatsCube(s.sourceId())
                                                    .getURI()))
                                    .add("its statistics cube"),
                            ")"));
        }
        BarChart chart = new BarChart(
                "chart-inventories",
                "Share of end-to-end-online services, each service inventory",
                "For each service inventory, the percentage of its services with an end-to-end status whose every"
                        + " applicable stage can be done online, from the statistics cube of its latest release.",
                bars,
                "Inventory");
        return withChart(
                section,
                chart,
                "Counted once per release at ingest (the service statistics cube); each bar links to the release it"
                        + " is read from. Sources:",
                sourcesNamed);
    }

    /** One bar per stage: the share of Canadian services with it online, among those it applies to. */
    private Html stageChart() {
        List<HomeData.StageShare> stages = data().canadianStages();
        Tag section = Html.tag("section")
                .attr("id", "stage-chart")
                .add(Html.tag("h2").add("Which stages of Canadian services can be done online"));
        if (stages.isEmpty()) {
            return section.add(Html.tag("p").add("The Canada Service Inventory has not been ingested."))
                    .html();
        }
        List<BarChart.Bar> bars = stages.stream()
                .map(s -> new BarChart.Bar(
                        s.name(),
                        links.localPath(s.iri()),
                        s.share(),
                        s.online() + " of " + (s.online() + s.offline()) + " services online (" + s.notApplicable()
                                + " where the stage does not apply)"))
                .toList();
        BarChart chart = new BarChart(
                "chart-stages",
                "Share of Canadian services that can do each stage online",
                "For each of the six service stages, the percentage of the Service Inventory's services to which"
                        + " it applies that can do it online, from the stage statistics of the latest release.",
                bars,
                "Stage");
        return withChart(
                section,
                chart,
                "Source: Government of Canada Service Inventory (Open Government Licence – Canada), ",
                Html.tag("a")
                        .attr(
                                "href",
                                links.localPath(store.get()
                                        .iris()
                                        .stageStatsCube(HomeData.CANADA_SOURCE)
                                        .getURI()))
                        .add("its stage statistics"),
                ".");
    }

    /** Adds {@code chart} to {@code section} as a figure with its caption, and its figures as a table. */
    private static Html withChart(Tag section, BarChart chart, Object... caption) {
        section.add(
                Html.tag("figure").add(chart.render(), Html.tag("figcaption").add(caption)));
        section.add(Html.tag("details").add(Html.tag("summary").add("The figures as a table"), chart.table()));
        return section.html();
    }
}

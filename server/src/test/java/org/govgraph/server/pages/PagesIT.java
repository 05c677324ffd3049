package org.govgraph.server.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.SKOS;
import org.govgraph.model.vocab.GG;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The pages served by a real Jetty on a small fixture store, checked as a browser or a Linked Data client would. */
class PagesIT {
    private static PagesFixture fixture;
    private static PagesTestServer server;
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String MYS = "http://localhost:8080/id/country/MYS";

    @BeforeAll
    static void start() throws Exception {
        fixture = new PagesFixture();
        server = new PagesTestServer(fixture);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
        fixture.close();
    }

    private static HttpResponse<String> get(String path, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(server.uri(path)).GET();
        if (accept != null) {
            b.header("Accept", accept);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> page(String path) throws Exception {
        HttpResponse<String> r = get(path, "text/html,application/xhtml+xml,*/*;q=0.8");
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), path);
        return r;
    }

    private static void assertNoInjectedScript(String body) {
        assertFalse(body.contains("<script>alert"), "a script from the data reached the page");
        Matcher m = Pattern.compile("<script[^>]*>").matcher(body);
        while (m.find()) {
            assertTrue(
                    m.group().matches("<script src=\"/static/[a-z-]+\\.js\" defer=\"defer\">"),
                    "only bundled scripts: " + m.group());
        }
    }

    @Test
    void theHomePageCountsWhatEachSourceHoldsAndNamesTheLatestRelease() throws Exception {
        HttpResponse<String> r = page("/");
        assertEquals(200, r.statusCode());
        String body = r.body();
        String caRow = body.substring(body.indexOf("data-source=\"ca-si\""));
        caRow = caRow.substring(0, caRow.indexOf("</tr>"));
        assertTrue(caRow.contains("<strong>3</strong> services"), caRow);
        assertTrue(caRow.contains("<strong>2</strong> organisations"), caRow);
        String release = fixture.store.latestRelease("ca-si").orElseThrow().releaseId();
        assertTrue(caRow.contains(release), caRow);
        assertTrue(body.contains(fixture.store.release().orElseThrow()));
        assertTrue(body.contains("data-source=\"un-egdi\"") && body.contains("data-source=\"ke-ecitizen\""));
    }

    @Test
    void theHomePageChartsMalaysiaAgainstItsRegionAndTheCanadianOrganisations() throws Exception {
        String body = page("/").body();
        assertTrue(
                body.contains(
                        "<title id=\"chart-country-title\">Malaysia: EGDI and OSI by survey year, against the Asia average</title>"),
                body);
        assertTrue(body.contains(">Asia average EGDI</text>"));
        // 2020 has an EGDI but no OSI: the table says so, the chart leaves a gap
        assertTrue(
                body.contains("<th scope=\"row\">2020</th><td class=\"num\">0.7892</td><td class=\"num\">—</td>"),
                body);
        assertTrue(body.contains("<title id=\"chart-organisations-title\">"));
        assertTrue(body.contains(">50%</text>"), "IRCC: 1 of 2 services end-to-end online");
        assertTrue(body.contains("<option value=\"SGP\">Singapore (SGP)</option>"));
    }

    @Test
    void theHomePageChartsEachInventoryAndTheCanadianStagesWithTheFiguresOfTheirCubes() throws Exception {
        String body = page("/").body();
        String inventories = section(body, "inventory-chart");
        // The fixture's ke-ecitizen places no organisation in a country: it has no cube, so no bar.
        assertFalse(inventories.contains("data-source=\"ke-ecitizen\""), inventories);
        for (String source : List.of("ca-si")) {
            long[] cube = sums("""
                    SELECT (SUM(?k) AS ?a) (SUM(?e) AS ?b) WHERE { GRAPH <%s> {
                      ?o qb:dataSet <%s> ; gg:endToEndKnownCount ?k ; gg:endToEndOnlineCount ?e } }""".formatted(
                            fixture.store.iris().sourceGraph(source).getURI(),
                            fixture.store.iris().serviceStatsCube(source).getURI()));
            String release = fixture.store.latestRelease(source).orElseThrow().releaseId();
            assertTrue(
                    inventories.contains(cube[1] + " of " + cube[0] + " services end-to-end online")
                            && inventories.contains("release " + release),
                    source + " with its cube's " + cube[1] + " of " + cube[0] + ", release " + release + ": "
                            + inventories);
            String releasePath = new NodeLinks(fixture.store.iris())
                    .localPath(fixture.store.iris().release(source, release).getURI());
            assertTrue(inventories.contains("href=\"" + releasePath), "links " + releasePath + ": " + inventories);
        }
        String stages = section(body, "stage-chart");
        long[] application =
                sums("""
                SELECT (SUM(?on) AS ?a) (SUM(?off) AS ?b) WHERE { GRAPH <%s> {
                  ?o gg:serviceStage stage:application ; gg:onlineCount ?on ; gg:offlineCount ?off } }""".formatted(fixture.store.iris().sourceGraph("ca-si").getURI()));
        assertTrue(
                stages.contains(application[0] + " of " + (application[0] + application[1]) + " services online"),
                "the application stage with its cube's figures: " + stages);
    }

    /** The section of the home page with {@code id}. */
    private static String section(String body, String id) {
        int start = body.indexOf("<section id=\"" + id + "\"");
        assertTrue(start >= 0, "the home page has a section " + id);
        return body.substring(start, body.indexOf("</section>", start));
    }

    /** The two numbers ?a and ?b a query of the fixture store answers (0 when unbound). */
    private static long[] sums(String query) {
        return fixture.store.read(() -> {
            try (QueryExecution qe = QueryExecution.dataset(fixture.store.dataset())
                    .query(QueryFactory.create(org.govgraph.model.vocab.Prefixes.sparqlPrologue() + query))
                    .build()) {
                var row = qe.execSelect().next();
                return new long[] {
                    row.contains("a") ? row.getLiteral("a").getLong() : 0,
                    row.contains("b") ? row.getLiteral("b").getLong() : 0
                };
            }
        });
    }

    @Test
    void theCountrySelectorShowsAnotherCountryAndEscapesItsName() throws Exception {
        String body = page("/?country=XSS").body();
        assertTrue(body.contains("&lt;script&gt;alert(&#39;country&#39;)&lt;/script&gt;: EGDI and OSI"), body);
        assertNoInjectedScript(body);
        String unknown = page("/?country=%3Cb%3E").body();
        assertTrue(unknown.contains("no E-Government Survey figures for &lt;B&gt;"), unknown);
    }

    @Test
    void anEntityPageShowsNamesInEveryLanguagePropertiesInboundLinksAndOrigin() throws Exception {
        HttpResponse<String> r = page("/id/country/MYS");
        assertEquals(200, r.statusCode());
        assertEquals("Accept", r.headers().firstValue("Vary").orElse(""));
        String body = r.body();
        assertTrue(body.contains("<h1>Malaysia</h1>"));
        assertTrue(body.contains("<span lang=\"fr\">Malaisie</span>"), "the French name");
        assertTrue(body.contains(">gg:region</a>"));
        assertTrue(body.contains("href=\"/id/obs/egdi/2022/MYS\""), "inbound link from an observation");
        String release = fixture.store.latestRelease("un-egdi").orElseThrow().releaseId();
        assertTrue(body.contains("source <strong>un-egdi</strong>") && body.contains(release), body);
        assertTrue(body.contains("rel=\"alternate\" type=\"text/turtle\""));
    }

    @Test
    void aCountryPageTalliesTheServicesOfItsOwnInventoriesBesideItsSurveyFigures() throws Exception {
        String body = page("/id/country/CAN").body();
        int section = body.indexOf("<h2>Public services</h2>");
        assertTrue(section > 0, body);
        String table = body.substring(section, body.indexOf("</table>", section));
        // ca-si lists three services of Canadian organisations, one of them end to end online.
        assertTrue(
                table.matches("(?s).*/id/dataset/ca-si.*<td class=\"num\">3</td><td class=\"num\">1</td>"
                        + "<td class=\"num\">33\\.3 %</td>.*"),
                table);
        assertTrue(body.contains("href=\"/search?q=country%3ACAN\""), body);
        assertFalse(
                page("/id/country/MYS").body().contains("<h2>Public services</h2>"),
                "no Malaysian inventory is loaded");
    }

    @Test
    void aServicePageIncludesItsStageStatuses() throws Exception {
        String body = page("/id/service/ca/1").body();
        assertTrue(body.contains("<h3 id=\"stage/application\">stage/application</h3>"), body);
        assertTrue(body.contains("title=\"https://w3id.org/govgraph/ns#Online\""), "the status links to its concept");
    }

    @Test
    void machinesGetTurtleJsonLdAndNTriplesOfTheSameDescription() throws Exception {
        for (var c : List.of(
                new String[] {"text/turtle", "TURTLE"},
                new String[] {"application/ld+json", "JSONLD"},
                new String[] {"application/n-triples", "NTRIPLES"})) {
            HttpResponse<String> r = get("/id/service/ca/1", c[0]);
            assertEquals(200, r.statusCode(), c[0]);
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(c[0]), c[0]);
            assertEquals("Accept", r.headers().firstValue("Vary").orElse(""));
            Graph g = parse(r.body(), c[0]);
            Node service = NodeFactory.createURI("http://localhost:8080/id/service/ca/1");
            Node stage = NodeFactory.createURI("http://localhost:8080/id/service/ca/1/stage/application");
            assertTrue(g.contains(service, GG.endToEndOnline.asNode(), Node.ANY), c[0]);
            assertTrue(
                    g.contains(stage, GG.status.asNode(), GG.Online.asNode()), c[0] + ": the stage node is described");
        }
    }

    @Test
    void theFormatParameterChoosesTheSyntaxByLink() throws Exception {
        HttpResponse<String> r = get("/id/country/MYS?format=ttl", "text/html");
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        assertTrue(parse(r.body(), "text/turtle")
                .contains(NodeFactory.createURI(MYS), SKOS.notation.asNode(), NodeFactory.createLiteralString("MYS")));
    }

    @Test
    void anUnknownEntityIs404AndAnUnsupportedTypeIs406() throws Exception {
        assertEquals(404, get("/id/country/ZZZ", "text/html").statusCode());
        assertEquals(404, get("/id/country/ZZZ", "text/turtle").statusCode());
        assertEquals(406, get("/id/country/MYS", "application/pdf").statusCode());
    }

    @Test
    void scriptsInTheDataAreEscapedOnEveryPage() throws Exception {
        for (String path : List.of(
                "/",
                "/?country=XSS",
                "/id/country/XSS",
                "/id/org/ca/evil",
                "/id/service/ca/3",
                "/search?q=passport",
                "/search?q=script",
                "/search?q=%3Cscript%3E",
                "/sparql?q="
                        + URLEncoder.encode(
                                "SELECT * { ?s ?p \"</textarea><script>alert(1)</script>\" }",
                                StandardCharsets.UTF_8))) {
            HttpResponse<String> r = page(path);
            assertTrue(r.statusCode() == 200 || r.statusCode() == 400, path + " " + r.statusCode());
            assertNoInjectedScript(r.body());
        }
    }

    @Test
    void theSearchPageShowsHighlightedResultsFacetsAndFiltersByFacet() throws Exception {
        String body = page("/search?q=passport").body();
        assertTrue(body.contains("<mark>"), body);
        assertTrue(body.contains("href=\"/id/service/ca/1\""), body);
        Matcher facet = Pattern.compile("<a href=\"(/search\\?q=passport&amp;filter=source%3Ake-ecitizen)\"")
                .matcher(body);
        assertTrue(facet.find(), body);
        String filtered = page(facet.group(1).replace("&amp;", "&")).body();
        assertTrue(filtered.contains("href=\"/id/service/ke/s1\""), filtered);
        assertFalse(filtered.contains("href=\"/id/service/ca/1\""), "the facet filters out Canadian services");
        assertTrue(filtered.contains("source:ke-ecitizen ×"), "the active filter can be removed");
    }

    @Test
    void aSearchThatFindsTooLittleWithEveryWordSaysItShowsMostOfTheWords() throws Exception {
        String body = page("/search?q=passport+xylophone").body();
        assertTrue(body.contains("showing results for most of your words"), body);
        assertTrue(body.contains("href=\"/id/service/ca/1\""), body);
        assertFalse(page("/search?q=passport").body().contains("most of your words"));
    }

    @Test
    void aMalformedSearchIsExplainedOnThePageWith400() throws Exception {
        HttpResponse<String> r = page("/search?q=%22unclosed");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("class=\"notice\""));
    }

    @Test
    void theSparqlEditorPreloadsThePrefixesAndListsTheExamples() throws Exception {
        String body = page("/sparql").body();
        assertTrue(body.contains("PREFIX gg: &lt;https://w3id.org/govgraph/ns#&gt;"));
        assertEquals(
                ExampleQueries.all().size(),
                Pattern.compile("class=\"example\"").matcher(body).results().count());
        assertEquals(
                3,
                Pattern.compile("class=\"from-cube\"").matcher(body).results().count(),
                "03, 08 and 13 say they answer from the statistics cube");
        assertTrue(body.contains("src=\"/static/sparql-editor.js\""));
        String permalink = page("/sparql?q=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8))
                .body();
        assertTrue(permalink.contains(">ASK {}</textarea>") && permalink.contains("data-run-on-load=\"true\""));
    }

    @Test
    void theBundledAssetsAreServedFromTheJar() throws Exception {
        HttpResponse<String> css = get("/static/govgraph.css", null);
        assertEquals(200, css.statusCode());
        assertTrue(css.headers().firstValue("Content-Type").orElse("").startsWith("text/css"));
        assertEquals(200, get("/static/sparql-editor.js", null).statusCode());
        assertEquals(200, get("/static/search.js", null).statusCode());
    }

    @Test
    void everyExampleQueryRunsOnTheFixtureStore() {
        for (ExampleQueries.Example e : ExampleQueries.all()) {
            int rows = fixture.store.read(() -> {
                try (QueryExecution qe = QueryExecution.dataset(fixture.store.dataset())
                        .query(QueryFactory.create(e.query()))
                        .build()) {
                    int n = 0;
                    var rs = qe.execSelect();
                    while (rs.hasNext()) {
                        rs.next();
                        n++;
                    }
                    return n;
                }
            });
            if (e.id().startsWith("01")
                    || e.id().startsWith("02")
                    || e.id().startsWith("03")
                    || e.id().startsWith("04")
                    || e.id().startsWith("10")
                    || e.id().startsWith("11")) {
                assertTrue(rows > 0, e.id() + " answers from the fixture");
            }
        }
    }

    private static Graph parse(String body, String mediaType) {
        Lang lang = switch (mediaType) {
            case "text/turtle" -> Lang.TURTLE;
            case "application/ld+json" -> Lang.JSONLD;
            default -> Lang.NTRIPLES;
        };
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.create().source(new StringReader(body)).lang(lang).parse(g);
        return g;
    }
}

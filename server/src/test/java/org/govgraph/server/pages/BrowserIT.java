package org.govgraph.server.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A user in a real browser (headless Chromium from Debian's packages, driven by Debian's
 * chromedriver): loads the home page, runs a search, clicks a facet, opens an entity page,
 * and runs a query in the SPARQL editor. When Chromium is missing it is installed with
 * apt-get if this runs as root on CI ({@code CI=true}); otherwise the test is skipped.
 */
class BrowserIT {
    private static PagesFixture fixture;
    private static PagesTestServer server;
    private static WebDriverSession browser;

    @BeforeAll
    static void start() throws Exception {
        ensureChromium();
        fixture = new PagesFixture();
        server = new PagesTestServer(fixture);
        browser = new WebDriverSession();
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
        if (fixture != null) {
            fixture.close();
        }
    }

    private static void ensureChromium() throws Exception {
        if (Files.isExecutable(WebDriverSession.CHROMIUM) && Files.isExecutable(WebDriverSession.CHROMEDRIVER)) {
            return;
        }
        boolean root = "root".equals(System.getProperty("user.name"));
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        Assumptions.assumeTrue(
                root && ci,
                "Chromium and chromedriver are not installed (/usr/bin/chromium, "
                        + "/usr/bin/chromedriver): run `apt-get install -y chromium chromium-driver`, or run as root with "
                        + "CI=true to let this test install them. Skipping the browser test.");
        for (String[] cmd : new String[][] {
            {"apt-get", "update"},
            {"apt-get", "install", "-y", "--no-install-recommends", "chromium", "chromium-driver"}
        }) {
            Process p = new ProcessBuilder(cmd).inheritIO().start();
            assertEquals(0, p.waitFor(), String.join(" ", cmd) + " failed");
        }
    }

    @Test
    void aJournalistSearchesFiltersByFacetAndOpensAnEntity() throws Exception {
        browser.open(server.uri("/"));
        assertTrue(browser.text(browser.find("h1")).contains("linked open data"));
        assertEquals(1, browser.count("svg#chart-country"), "the country chart is drawn");
        assertEquals(1, browser.count("svg#chart-organisations"), "the organisations chart is drawn");

        browser.type(browser.find("#home-q"), "passport");
        browser.click(browser.find("form.search-box button[type=submit]"));
        String results = browser.urlContaining("/search?q=passport");
        assertTrue(results.contains("/search?q=passport"), results);
        assertTrue(browser.count("ol.results li") >= 2, "several passport services");

        browser.click(browser.find("a[data-filter='source:ke-ecitizen']"));
        String filtered = browser.urlContaining("filter=source%3Ake-ecitizen");
        assertTrue(filtered.contains("filter=source%3Ake-ecitizen"), filtered);
        assertEquals(1, browser.count("ol.results li"), "only the Kenyan passport service is left");
        assertTrue(browser.text(browser.find(".active-filters")).contains("source:ke-ecitizen"));

        browser.click(browser.find("ol.results a.title"));
        String entity = browser.urlContaining("/id/service/ke/s1");
        assertTrue(entity.endsWith("/id/service/ke/s1"), entity);
        assertEquals("Application for a passport", browser.text(browser.find("h1")));
        assertTrue(browser.text(browser.find("p.iri")).contains("http://localhost:8080/id/service/ke/s1"));
    }

    @Test
    void theSearchBoxSuggestsTitlesWhileTyping() throws Exception {
        browser.open(server.uri("/search"));
        browser.type(browser.find("#q"), "passp");
        String first = browser.find("ul.suggestions li");
        assertTrue(browser.text(first).toLowerCase().contains("passport"), browser.text(first));
    }

    @Test
    void theSparqlEditorRunsAnExampleAndKeepsItInThePermalink() throws Exception {
        browser.open(server.uri("/sparql"));
        browser.click(browser.find("a.example")); // Malaysia's EGDI by year
        String firstCell = browser.find("#results table tbody tr td");
        assertTrue(browser.text(firstCell).startsWith("2018"), browser.text(firstCell));
        assertEquals(3, browser.count("#results table tbody tr"), "2018, 2020 and 2022 for Malaysia");
        String permalink = browser.attribute(browser.find("#permalink"), "href");
        assertTrue(permalink.contains("/sparql?q="), permalink);

        browser.open(server.uri(permalink)); // the permalink reopens and reruns the query
        browser.find("#results table tbody tr");
        assertEquals(3, browser.count("#results table tbody tr"));
    }
}

package org.govgraph.server.pages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A headless Chromium driven through Debian's chromedriver with plain W3C WebDriver calls
 * (JDK HttpClient and Jackson), enough for a browser test: open a page, find, click, type,
 * read text, run a script. Chromium runs without network features, in a new profile.
 */
final class WebDriverSession implements AutoCloseable {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String ELEMENT = "element-6066-11e4-a52e-4f735466cecf";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();
    private final Process driver;
    private final Path profile;
    private final URI session;

    WebDriverSession() throws IOException, InterruptedException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        driver = new ProcessBuilder(CHROMEDRIVER.toString(), "--port=" + port, "--allowed-ips=127.0.0.1")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        URI base = URI.create("http://127.0.0.1:" + port + "/");
        waitUntilReady(base);
        profile = Files.createTempDirectory("govgraph-chromium");
        ObjectNode caps = JSON.createObjectNode();
        ObjectNode chrome =
                caps.putObject("capabilities").putObject("alwaysMatch").putObject("goog:chromeOptions");
        chrome.put("binary", CHROMIUM.toString());
        List.of(
                        "--headless",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-quic",
                        "--no-first-run",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--disable-dev-shm-usage",
                        "--window-size=1280,1400",
                        "--user-data-dir=" + profile)
                .forEach(chrome.withArray("args")::add);
        JsonNode created = call("POST", base.resolve("session"), caps);
        session = base.resolve("session/" + created.path("sessionId").asText());
        // find-element calls wait up to this long for an element a script adds
        call("POST", at("timeouts"), JSON.createObjectNode().put("implicit", 10_000));
    }

    private void waitUntilReady(URI base) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            try {
                HttpResponse<String> r = http.send(
                        HttpRequest.newBuilder(base.resolve("status")).build(), HttpResponse.BodyHandlers.ofString());
                if (JSON.readTree(r.body()).path("value").path("ready").asBoolean()) {
                    return;
                }
            } catch (IOException notYet) {
                // chromedriver is still starting
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("chromedriver did not start");
    }

    private URI at(String command) {
        return URI.create(session + "/" + command);
    }

    void open(URI page) throws IOException, InterruptedException {
        call("POST", at("url"), JSON.createObjectNode().put("url", page.toString()));
    }

    String currentUrl() throws IOException, InterruptedException {
        return call("GET", at("url"), null).asText();
    }

    /**
     * The page's URL once it contains {@code part}, polling for up to the implicit timeout: a click
     * returns before the navigation it starts has finished, so the URL read just after it may still
     * be the old page's. Returns the last URL seen when it never matches.
     */
    String urlContaining(String part) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        String url = currentUrl();
        while (!url.contains(part) && System.nanoTime() < deadline) {
            Thread.sleep(50);
            url = currentUrl();
        }
        return url;
    }

    /** The first element matching {@code css}, waiting for it up to the implicit timeout. */
    String find(String css) throws IOException, InterruptedException {
        JsonNode v = call(
                "POST",
                at("element"),
                JSON.createObjectNode().put("using", "css selector").put("value", css));
        return v.path(ELEMENT).asText();
    }

    int count(String css) throws IOException, InterruptedException {
        return call(
                        "POST",
                        at("elements"),
                        JSON.createObjectNode().put("using", "css selector").put("value", css))
                .size();
    }

    void click(String element) throws IOException, InterruptedException {
        call("POST", at("element/" + element + "/click"), JSON.createObjectNode());
    }

    void type(String element, String text) throws IOException, InterruptedException {
        call(
                "POST",
                at("element/" + element + "/value"),
                JSON.createObjectNode().put("text", text));
    }

    String text(String element) throws IOException, InterruptedException {
        return call("GET", at("element/" + element + "/text"), null).asText();
    }

    String attribute(String element, String name) throws IOException, InterruptedException {
        return call("GET", at("element/" + element + "/attribute/" + name), null)
                .asText();
    }

    JsonNode script(String js) throws IOException, InterruptedException {
        ObjectNode body = JSON.createObjectNode().put("script", js);
        body.putArray("args");
        return call("POST", at("execute/sync"), body);
    }

    private JsonNode call(String method, URI uri, JsonNode body) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).header("Content-Type", "application/json");
        b.method(
                method,
                body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode value = JSON.readTree(r.body()).path("value");
        if (r.statusCode() != 200) {
            throw new IllegalStateException("WebDriver " + method + " " + uri + " -> " + r.statusCode() + ": "
                    + value.path("message").asText());
        }
        return value;
    }

    @Override
    public void close() throws IOException {
        try {
            if (session != null) {
                call("DELETE", session, null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            driver.destroy();
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            }
        }
    }
}

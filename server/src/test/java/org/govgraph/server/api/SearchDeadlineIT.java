package org.govgraph.server.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.govgraph.server.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server's search deadline ({@code --search-deadline}) as a client sees it. */
class SearchDeadlineIT {
    @TempDir
    Path dir;

    @Test
    void aSearchPastTheServersDeadlineIs503WithTheTimeoutMessage() {
        // A deadline over before the index is read: every search is stopped, whatever the machine's speed.
        try (TestServer server = TestServer.start(dir, b -> b.searchDeadline(Duration.ofNanos(1)))) {
            HttpResponse<String> api = server.get("/api/search?q=passport", "application/json");
            assertEquals(503, api.statusCode(), api.body());
            assertTrue(api.body().contains("The search took longer than 0 ms and was stopped"), api.body());
            HttpResponse<String> page = server.get("/search?q=passport", "text/html");
            assertEquals(503, page.statusCode(), page.body());
            assertTrue(page.body().contains("The search took longer than 0 ms and was stopped"), page.body());
        }
    }

    @Test
    void theDefaultDeadlineAnswersAnOrdinarySearch() {
        try (TestServer server = TestServer.start(dir)) {
            HttpResponse<String> api = server.get("/api/search?q=passport", "application/json");
            assertEquals(200, api.statusCode(), api.body());
        }
    }
}

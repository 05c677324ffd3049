package org.govgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.govgraph.server.sparql.LoadPolicy;
import org.junit.jupiter.api.Test;

class ServerSettingsTest {
    private static ServerSettings settings(int maxQueries, int maxThreads) {
        return new ServerSettings(
                0,
                true,
                Duration.ofSeconds(30),
                1024,
                Optional.empty(),
                false,
                maxQueries,
                1,
                maxThreads,
                LoadPolicy.NONE,
                0,
                Duration.ofSeconds(5));
    }

    @Test
    void defaultThreadsAreJettysUnlessTheQuerySlotsNeedMore() {
        assertEquals(200, ServerSettings.defaultMaxThreads(8));
        assertEquals(520, ServerSettings.defaultMaxThreads(512));
        assertEquals(520, settings(512, ServerSettings.defaultMaxThreads(512)).maxThreads());
    }

    @Test
    void tooFewThreadsForTheQuerySlotsAreRefusedWithTheNumbers() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> settings(16, 20));
        assertTrue(e.getMessage().contains("at least 8 threads more than query slots (16): 20"), e.getMessage());
        assertEquals(24, settings(16, 24).maxThreads());
    }
}

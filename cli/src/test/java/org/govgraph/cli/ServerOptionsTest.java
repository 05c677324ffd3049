package org.govgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.govgraph.server.ServerSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParameterException;

class ServerOptionsTest {
    @Command(name = "serve")
    static final class Serve {
        @Mixin
        ServerOptions server;
    }

    private static ServerSettings settings(String... args) {
        Serve serve = new Serve();
        new CommandLine(serve).parseArgs(args);
        return serve.server.settings();
    }

    @ParameterizedTest
    @ValueSource(strings = {"--query-cache-mb", "--answer-cache-mb"})
    void theQueryCacheSizeIsGivenInMegabytesUnderEitherName(String option) {
        assertEquals(8L << 20, settings(option, "8").answerCacheBytes());
    }

    @Test
    void theSearchDeadlineIsFiveSecondsUnlessGiven() {
        assertEquals(Duration.ofSeconds(5), settings().searchDeadline());
        assertEquals(
                Duration.ofMillis(500), settings("--search-deadline", "500ms").searchDeadline());
    }

    @Test
    void aSearchDeadlineOfZeroIsAUsageError() {
        ParameterException e = assertThrows(ParameterException.class, () -> settings("--search-deadline", "0s"));
        assertTrue(e.getMessage().contains("search deadline must be positive"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"--no-query-cache", "--no-answer-cache"})
    void theQueryCacheIsTurnedOffUnderEitherName(String option) {
        assertFalse(settings(option).answerCacheEnabled());
    }
}

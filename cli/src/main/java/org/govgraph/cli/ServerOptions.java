package org.govgraph.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.govgraph.server.ServerSettings;
import org.govgraph.server.sparql.AdminToken;
import org.govgraph.server.sparql.LoadPolicy;
import org.govgraph.server.sparql.QueryAdmission;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The options of a running server, shared by {@code serve} and {@code demo}. */
final class ServerOptions {
    @Option(
            names = "--port",
            defaultValue = "8080",
            description = "The HTTP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(
            names = "--query-timeout",
            paramLabel = "DURATION",
            converter = DurationConverter.class,
            defaultValue = "30s",
            description = "The time limit of every SPARQL query, e.g. 30s, 2m (default: ${DEFAULT-VALUE}).")
    Duration queryTimeout = ServerSettings.DEFAULT_QUERY_TIMEOUT;

    @Option(
            names = "--search-deadline",
            paramLabel = "DURATION",
            converter = DurationConverter.class,
            defaultValue = "5s",
            description = "How long one keyword search (/api/search, /search) may run before it is"
                    + " stopped with 503, e.g. 5s, 500ms (default: ${DEFAULT-VALUE}).")
    Duration searchDeadline = ServerSettings.DEFAULT_SEARCH_DEADLINE;

    @Option(
            names = "--max-queries",
            paramLabel = "N",
            description = "SPARQL queries that may run at once (default: four"
                    + " per core); more wait briefly, then get 503 with Retry-After.")
    int maxQueries = QueryAdmission.defaultQueries();

    @Option(
            names = "--max-heavy-queries",
            paramLabel = "N",
            description =
                    "Queries with a cartesian product or an"
                            + " unbounded property path between two variables that may run at once (default: half the cores, at least 1).")
    int maxHeavyQueries = QueryAdmission.defaultHeavyQueries();

    @Option(
            names = "--max-threads",
            paramLabel = "N",
            description = "Threads that serve requests (default: "
                    + ServerSettings.DEFAULT_MAX_THREADS
                    + ", more if --max-queries needs them); a query waiting for its slot"
                    + " holds one.")
    Integer maxThreads;

    @Option(
            names = "--admin-token",
            paramLabel = "TOKEN",
            description = "The bearer token that allows SPARQL Update and Graph Store writes (or set "
                    + AdminToken.ENVIRONMENT_VARIABLE + "); without one the server is read-only.")
    String adminToken;

    @Option(names = "--allow-service", description = "Allow SPARQL SERVICE to call other hosts (off by default).")
    boolean allowService;

    @Option(
            names = "--allow-load",
            paramLabel = "PREFIX",
            description = "Let SPARQL LOAD (with the admin token)"
                    + " read http(s) URLs under PREFIX (repeatable; LOAD is refused by default; file: URLs never).")
    List<String> allowLoad = new ArrayList<>();

    // --answer-cache-mb and --no-answer-cache were the first names; scripts that use them keep working.
    @Option(
            names = {"--query-cache-mb", "--answer-cache-mb"},
            paramLabel = "MB",
            description = "Megabytes of answers"
                    + " (SPARQL GET queries, searches, entity pages) kept until the next release (default: 64).")
    long answerCacheMegabytes = ServerSettings.DEFAULT_ANSWER_CACHE_BYTES >> 20;

    @Option(
            names = {"--no-query-cache", "--no-answer-cache"},
            description = "Answer every request afresh (no answer cache, no ETag).")
    boolean noAnswerCache;

    @Option(names = "--public", description = "Listen on every network interface, not only on loopback.")
    boolean listenPublicly;

    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    /**
     * The settings these options give, the one place where options become settings; values no
     * server can run with (no query slot, fewer threads than slots, no such port) are a usage
     * error, exit status 2, before any store is opened or created.
     */
    ServerSettings settings() {
        try {
            return new ServerSettings(
                    port,
                    !listenPublicly,
                    queryTimeout,
                    ServerSettings.DEFAULT_MAX_QUERY_BYTES,
                    token().flatMap(AdminToken::of),
                    allowService,
                    maxQueries,
                    maxHeavyQueries,
                    ServerSettings.maxThreadsOrDefault(maxThreads, maxQueries),
                    new LoadPolicy(allowLoad),
                    answerCacheBytes(),
                    searchDeadline);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(command.commandLine(), e.getMessage());
        }
    }

    /** The answer cache's bound in bytes, 0 when it is off. */
    private long answerCacheBytes() {
        return noAnswerCache ? 0 : answerCacheMegabytes << 20;
    }

    /** The token from the option, else from the environment; empty when neither gives one. */
    Optional<String> token() {
        return Optional.ofNullable(adminToken != null ? adminToken : System.getenv(AdminToken.ENVIRONMENT_VARIABLE))
                .filter(t -> !t.isBlank());
    }
}

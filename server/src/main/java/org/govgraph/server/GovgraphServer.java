package org.govgraph.server;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.CounterName;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.CustomRequestLog;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.Slf4jRequestLogWriter;
import org.eclipse.jetty.server.handler.CrossOriginHandler;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.server.handler.gzip.GzipHandler;
import org.govgraph.model.store.Store;
import org.govgraph.release.Releases;
import org.govgraph.search.LuceneSearchIndex;
import org.govgraph.search.SearchIndex;
import org.govgraph.search.sparql.SearchPropertyFunction;
import org.govgraph.server.cache.AnswerCache;
import org.govgraph.server.cache.AnswerCacheFilter;
import org.govgraph.server.replica.Replication;
import org.govgraph.server.sparql.AcceptableResultFilter;
import org.govgraph.server.sparql.AdminToken;
import org.govgraph.server.sparql.FusekiResponseFilter;
import org.govgraph.server.sparql.LiveWrites;
import org.govgraph.server.sparql.LoadPolicy;
import org.govgraph.server.sparql.QueryAdmission;
import org.govgraph.server.sparql.QueryAdmissionFilter;
import org.govgraph.server.sparql.QuerySizeLimitFilter;
import org.govgraph.server.sparql.QuerylessGetFilter;
import org.govgraph.server.sparql.ReleaseRoutedRegistry;
import org.govgraph.server.sparql.RemoteJsonLdContexts;
import org.govgraph.server.sparql.SparqlService;
import org.govgraph.server.sparql.UnionDefaultGraphFilter;
import org.govgraph.server.sparql.UpdateDatasetConflictFilter;
import org.govgraph.server.sparql.UpdateInUrlFilter;
import org.govgraph.server.sparql.UpdateText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The govgraph HTTP server: one Jetty process, built on Fuseki's server builder, serving
 * every route of {@link Routes} with the cross-cutting rules around them (errors, metrics,
 * the write guard, size limits, gzip, CORS, the access log, graceful shutdown).
 *
 * <pre>{@code
 * GovgraphServer server = GovgraphServer.create().port(0).store(store)
 *         .queryTimeout(Duration.ofSeconds(30)).adminToken(token).build().start();
 * }</pre>
 */
public final class GovgraphServer {
    private static final Logger LOG = LoggerFactory.getLogger(GovgraphServer.class);
    /** How long a stop waits for requests in flight. */
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);

    private final FusekiServer fuseki;
    private final ServerContext context;
    private final ReadinessFilter readiness;

    private GovgraphServer(FusekiServer fuseki, ServerContext context, ReadinessFilter readiness) {
        this.fuseki = fuseki;
        this.context = context;
        this.readiness = readiness;
    }

    public static Builder create() {
        return new Builder();
    }

    /**
     * Starts listening and marks the server ready. Requests that arrive between the two
     * (or while {@link #startWarmingUp()} is used) get 503 with Retry-After.
     */
    public GovgraphServer start() {
        startWarmingUp();
        ready();
        return this;
    }

    /** Starts listening while not ready yet: every route but {@code /healthz} answers 503 until {@link #ready()}. */
    public GovgraphServer startWarmingUp() {
        fuseki.start();
        LOG.info(
                "govgraph listening on http://localhost:{}/ (SPARQL at /sparql, writes {})",
                port(),
                context.settings().writesEnabled() ? "enabled with the admin token" : "disabled");
        return this;
    }

    /** Marks the server ready to serve. */
    public void ready() {
        readiness.ready();
    }

    /** The port the server listens on (the real one when built with port 0). */
    public int port() {
        return fuseki.getHttpPort();
    }

    /** What the servlets were given. */
    public ServerContext context() {
        return context;
    }

    /** Stops gracefully: no new requests, requests in flight get up to ten seconds to finish. */
    public void stop() {
        fuseki.stop();
    }

    /** Blocks until the server stops. */
    public void join() {
        fuseki.join();
    }

    /** Builds a {@link GovgraphServer}; only {@link #store} is required. */
    public static final class Builder {
        private int port = 8080;
        private boolean loopbackOnly = true;
        private Store store;
        private Releases releases;
        private SearchIndex index;
        private Duration queryTimeout = ServerSettings.DEFAULT_QUERY_TIMEOUT;
        private long maxQueryBytes = ServerSettings.DEFAULT_MAX_QUERY_BYTES;
        private Optional<AdminToken> adminToken = Optional.empty();
        private boolean allowService;
        private int maxQueries = QueryAdmission.defaultQueries();
        private int maxHeavyQueries = QueryAdmission.defaultHeavyQueries();
        private Integer maxThreads;
        private LoadPolicy loadPolicy = LoadPolicy.NONE;
        private long answerCacheBytes = ServerSettings.DEFAULT_ANSWER_CACHE_BYTES;
        private Duration searchDeadline = ServerSettings.DEFAULT_SEARCH_DEADLINE;
        private ServerSettings settings;
        private Replication replication = Replication.none();

        private Builder() {}

        /** The port; 0 picks a free one. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** Listen on loopback only (the default) or on every interface. */
        public Builder loopbackOnly(boolean loopbackOnly) {
            this.loopbackOnly = loopbackOnly;
            return this;
        }

        /** Serves one store (tests, in-memory use): later releases made by writes are built in memory. */
        public Builder store(Store store) {
            this.store = store;
            return this;
        }

        /** Serves the platform's releases (a store directory opened with {@link Releases#open}). */
        public Builder releases(Releases releases) {
            this.releases = releases;
            return this;
        }

        /** The search index over the store; when not given, one is kept in memory and built at start. */
        public Builder index(SearchIndex index) {
            this.index = index;
            return this;
        }

        /** The time limit of every query; a client may ask for less with {@code timeout}, never more. */
        public Builder queryTimeout(Duration queryTimeout) {
            this.queryTimeout = queryTimeout;
            return this;
        }

        /** The largest SPARQL request body accepted; larger ones get 413. */
        public Builder maxQueryBytes(long maxQueryBytes) {
            this.maxQueryBytes = maxQueryBytes;
            return this;
        }

        /** The bearer token that allows writes; null or blank keeps writes disabled. */
        public Builder adminToken(String token) {
            this.adminToken = AdminToken.of(token);
            return this;
        }

        /** Let {@code SERVICE} in queries call other hosts (off by default). */
        public Builder allowService(boolean allowService) {
            this.allowService = allowService;
            return this;
        }

        /**
         * How many SPARQL queries may run at once, and how many of them may have a heavy shape
         * (see {@link QueryAdmission}); by default four per core and half the cores.
         */
        public Builder querySlots(int maxQueries, int maxHeavyQueries) {
            this.maxQueries = maxQueries;
            this.maxHeavyQueries = maxHeavyQueries;
            return this;
        }

        /** How many threads serve requests; null: {@link ServerSettings#defaultMaxThreads}. */
        public Builder maxThreads(Integer maxThreads) {
            this.maxThreads = maxThreads;
            return this;
        }

        /** The http(s) URL prefixes SPARQL {@code LOAD} may read (none by default: LOAD is refused). */
        public Builder allowLoad(List<String> prefixes) {
            this.loadPolicy = new LoadPolicy(prefixes);
            return this;
        }

        /** The bound of the release-keyed answer cache in bytes; 0 turns it off. */
        public Builder answerCacheBytes(long bytes) {
            this.answerCacheBytes = bytes;
            return this;
        }

        /** How long one keyword search may run (default {@link ServerSettings#DEFAULT_SEARCH_DEADLINE}). */
        public Builder searchDeadline(Duration searchDeadline) {
            this.searchDeadline = searchDeadline;
            return this;
        }

        /**
         * Every setting at once (the command line makes them from its options); the setters
         * above are then not used.
         */
        public Builder settings(ServerSettings settings) {
            this.settings = Objects.requireNonNull(settings, "settings");
            return this;
        }

        /** Offer release bundles, follow a primary as a read-only replica, or neither (the default). */
        public Builder replication(Replication replication) {
            this.replication = Objects.requireNonNull(replication, "replication");
            return this;
        }

        public GovgraphServer build() {
            if (releases == null) {
                Objects.requireNonNull(store, "store or releases");
                releases = Releases.serving(store, index != null ? index : inMemoryIndex(store));
            }
            ServerSettings settings = this.settings != null
                    ? this.settings
                    : new ServerSettings(
                            port,
                            loopbackOnly,
                            queryTimeout,
                            maxQueryBytes,
                            adminToken,
                            allowService,
                            maxQueries,
                            maxHeavyQueries,
                            ServerSettings.maxThreadsOrDefault(maxThreads, maxQueries),
                            loadPolicy,
                            answerCacheBytes,
                            searchDeadline);
            ServerMetrics metrics = new ServerMetrics();
            ReadinessFilter readiness = new ReadinessFilter();
            ServerContext context = new ServerContext(releases, settings, metrics, readiness::isReady, replication);
            // Every release gets the query limits and the search function before it is served.
            releases.beforeServing(release -> {
                SparqlService.limit(
                        release.store().dataset().getContext(), settings.queryTimeout(), settings.allowService());
                SearchPropertyFunction.register(release.store().dataset().getContext(), release.index());
            });
            FusekiServer.Builder fuseki = FusekiServer.create()
                    .port(settings.port())
                    .numServerThreads(2, settings.maxThreads())
                    .loopback(settings.loopbackOnly())
                    .verbose(false)
                    .enablePing(false)
                    .enableStats(false)
                    .enableMetrics(false)
                    .enableCors(false);
            // Filters run in this order, before Fuseki's own dispatch.
            fuseki.addFilter("/*", new RequestMetricsFilter(metrics));
            fuseki.addFilter("/*", new ErrorMappingFilter());
            fuseki.addFilter("/*", new SecurityHeadersFilter());
            fuseki.addFilter("/*", readiness);
            fuseki.addFilter("/*", new ReleasePinning(releases));
            if (settings.answerCacheEnabled()) {
                AnswerCache answers = new AnswerCache(
                        settings.answerCacheBytes(), releases.current().id());
                answers.bindTo(metrics.registry());
                // A fresh generation before each new release is served; answers of the old one are refused from then
                // on.
                releases.beforeServing(release -> answers.serve(release.id()));
                AnswerCacheFilter cache = new AnswerCacheFilter(answers);
                for (String path :
                        List.of(SparqlService.SPARQL_PATH, "/api/search", "/api/suggest", "/search", "/id/*")) {
                    fuseki.addFilter(path, cache);
                }
            }
            fuseki.addFilter(SparqlService.SPARQL_PATH + "/*", new UpdateInUrlFilter());
            fuseki.addFilter(SparqlService.SPARQL_PATH + "/*", new QuerySizeLimitFilter(settings.maxQueryBytes()));
            fuseki.addFilter(SparqlService.SPARQL_PATH + "/*", new AcceptableResultFilter());
            fuseki.addFilter(SparqlService.SPARQL_PATH + "/*", new UpdateText(settings.maxQueryBytes()));
            fuseki.addFilter(SparqlService.SPARQL_PATH + "/*", new UpdateDatasetConflictFilter());
            fuseki.addFilter(
                    SparqlService.SPARQL_PATH + "/*",
                    new QueryAdmissionFilter(
                            new QueryAdmission(settings.maxQueries(), settings.maxHeavyQueries()), metrics));
            fuseki.addFilter(SparqlService.DATA_PATH + "/*", new UnionDefaultGraphFilter());
            FusekiResponseFilter fusekiResponses = new FusekiResponseFilter();
            fuseki.addFilter(SparqlService.SPARQL_PATH + "/*", fusekiResponses);
            fuseki.addFilter(SparqlService.DATA_PATH + "/*", fusekiResponses);
            RemoteJsonLdContexts.refuse();
            SparqlService.install(
                    fuseki,
                    releases.current().store().datasetGraph(),
                    context.writeAuthorisation(),
                    new LiveWrites(releases, settings.loadPolicy()));

            for (Route route : Routes.all()) {
                switch (route.kind()) {
                    case SPARQL -> {} // installed above, by Fuseki
                    case BROWSER_PAGE ->
                        fuseki.addFilter(
                                route.pathSpec(),
                                QuerylessGetFilter.forBrowsers(route.servlet().apply(context)));
                    case SELF_DESCRIPTION ->
                        fuseki.addFilter(
                                route.pathSpec(),
                                QuerylessGetFilter.forAnyone(route.servlet().apply(context)));
                    default ->
                        fuseki.addServlet(route.pathSpec(), route.servlet().apply(context));
                }
            }

            FusekiServer server = fuseki.build();
            routeToPinnedRelease(server, context);
            countQueryTimeouts(server, metrics);
            metrics.threads(server.getJettyServer().getThreadPool());
            decorate(server.getJettyServer(), settings);
            ServletContextHandler servletContext =
                    ServletContextHandler.getServletContextHandler(server.getServletContext());
            servletContext.setErrorHandler(ErrorMapper.jettyErrorHandler());
            servletContext.setMaxFormContentSize((int) Math.min(settings.maxQueryBytes(), Integer.MAX_VALUE));
            return new GovgraphServer(server, context, readiness);
        }

        private static SearchIndex inMemoryIndex(Store store) {
            SearchIndex memory = LuceneSearchIndex.inMemory(store);
            memory.ensureCurrent();
            return memory;
        }

        /** Fuseki answers each request from the dataset of the release {@link ReleasePinning} pinned it to. */
        private static void routeToPinnedRelease(FusekiServer server, ServerContext context) {
            Map<String, DataAccessPoint> installed = new HashMap<>();
            server.getDataAccessPointRegistry().forEach(installed::put);
            DataAccessPointRegistry.set(
                    server.getServletContext(),
                    new ReleaseRoutedRegistry(installed, () -> context.store().datasetGraph()));
        }

        private static void countQueryTimeouts(FusekiServer server, ServerMetrics metrics) {
            var dataService = server.getDataAccessPointRegistry()
                    .get(SparqlService.SPARQL_PATH)
                    .getDataService();
            for (Endpoint endpoint : dataService.getEndpoints(Operation.Query)) {
                // Fuseki counts timeouts only on endpoints that carry the counter.
                if (!endpoint.getCounters().contains(CounterName.QueryTimeouts)) {
                    endpoint.getCounters().add(CounterName.QueryTimeouts);
                }
                metrics.counterFrom(
                        "govgraph.sparql.query.timeouts",
                        "SPARQL queries stopped by the time limit",
                        endpoint,
                        e -> e.getCounters().value(CounterName.QueryTimeouts));
            }
        }

        /**
         * Wraps Fuseki's handler: graceful stop outermost, then CORS, then gzip, then the
         * {@link SlowClientGuard}; errors and access log on the server.
         */
        private static void decorate(Server jetty, ServerSettings settings) {
            Handler fusekiHandler = SlowClientGuard.wrap(jetty.getHandler(), settings);

            GzipHandler gzip = new GzipHandler();
            gzip.setMinGzipSize(512);
            gzip.addIncludedMethods("POST");
            gzip.setHandler(fusekiHandler);

            // Reads are public, so any origin may read; Authorization is not an allowed header, so a
            // page elsewhere cannot make a browser send the admin token.
            CrossOriginHandler cors = new CrossOriginHandler();
            cors.setAllowedOriginPatterns(Set.of("*"));
            cors.setAllowedMethods(Set.of("GET", "HEAD", "POST", "OPTIONS"));
            cors.setAllowedHeaders(Set.of("Accept", "Content-Type", "Accept-Language"));
            cors.setAllowCredentials(false);
            cors.setHandler(gzip);

            GracefulHandler graceful = new GracefulHandler();
            graceful.setHandler(cors);
            jetty.setHandler(graceful);
            jetty.setStopTimeout(STOP_TIMEOUT.toMillis());
            jetty.setStopAtShutdown(true);

            jetty.setErrorHandler(ErrorMapper.jettyErrorHandler());
            Slf4jRequestLogWriter accessLog = new Slf4jRequestLogWriter();
            accessLog.setLoggerName("govgraph.access");
            jetty.setRequestLog(new CustomRequestLog(accessLog, CustomRequestLog.EXTENDED_NCSA_FORMAT + " %{ms}T ms"));
        }
    }
}

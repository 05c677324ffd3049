package org.govgraph.bench.memory;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.govgraph.bench.sparql.QueryMix;
import org.govgraph.bench.support.HeapSampler;
import org.govgraph.bench.support.HttpLoad;
import org.govgraph.model.Iris;
import org.govgraph.model.store.Store;
import org.govgraph.release.Releases;
import org.govgraph.search.SearchIndex;
import org.govgraph.server.GovgraphServer;

/**
 * A govgraph server in a child JVM with a given heap, as the memory benchmark and the
 * load run need it.
 *
 * <pre>{@code
 * ServeProbe check STORE_DIR PASSES CLIENTS [TIMEOUT_SECONDS]  # serve, run the query mix and searches PASSES times, exit 0 if all answered
 * ServeProbe serve STORE_DIR TIMEOUT_SECONDS  # serve with that query timeout, print port=N, stop when stdin closes
 * }</pre>
 */
public final class ServeProbe {
    private ServeProbe() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[1]);
        int status;
        try (Releases releases = Releases.open(dir, Iris.defaults());
                HeapSampler heap = HeapSampler.start(20)) {
            Store store = releases.current().store();
            SearchIndex index = releases.current().index();
            index.ensureCurrent();
            Duration timeout = Duration.ofSeconds(
                    args[0].equals("serve") ? Long.parseLong(args[2]) : args.length > 4 ? Long.parseLong(args[4]) : 60);
            GovgraphServer server = GovgraphServer.create()
                    .port(0)
                    .store(store)
                    .index(index)
                    .queryTimeout(timeout)
                    .build()
                    .start();
            System.out.println("port=" + server.port());
            System.out.flush();
            if (args[0].equals("serve")) {
                System.in.transferTo(java.io.OutputStream.nullOutputStream());
                status = 0;
            } else {
                int passes = Integer.parseInt(args[2]);
                int clients = Integer.parseInt(args[3]);
                String base = "http://127.0.0.1:" + server.port();
                List<HttpLoad.Request> mix =
                        new ArrayList<>(QueryMix.requests(base + "/sparql", timeout.plusSeconds(30)));
                for (String q : List.of("passport", "tax benefit", "business registration", "employment insurance")) {
                    mix.add(new HttpLoad.Request(
                            "search",
                            HttpRequest.newBuilder(URI.create(
                                            base + "/api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                                    .GET()
                                    .build()));
                }
                HttpLoad.Outcome outcome = new HttpLoad(HttpLoad.newClient(clients))
                        .run(mix, clients, (long) passes * mix.size(), Duration.ofMinutes(30));
                long errors = outcome.count(s -> s < 200 || s >= 300);
                System.out.println("requests=" + outcome.count(s -> true));
                System.out.println("errors=" + errors + " " + outcome.statuses());
                status = errors == 0 ? 0 : 4;
            }
            System.out.println("peakHeapMiB=" + heap.peakMiB());
            server.stop();
        }
        System.out.flush();
        System.exit(status);
    }
}

package org.govgraph.search.opensearch;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.apache.hc.core5.http.HttpHost;
import org.govgraph.search.SearchIndexException;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.transport.OpenSearchTransport;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;

/**
 * The OpenSearch cluster govgraph keeps its search indices in: the Java client over the
 * Apache HttpClient 5 transport (which spreads requests over the nodes given and retries on
 * another when one is down), the alias that names the index of the current release, and the
 * shards and replicas each release's index gets.
 *
 * @param hosts    the nodes' HTTP addresses, e.g. {@code http://127.0.0.1:9200}
 * @param alias    the alias of the current release's index; each release's index is named {@code alias-<release>-<build>}
 * @param shards   primary shards per index
 * @param replicas replicas per shard (1 or more so that a search survives the loss of a node)
 */
public record OpenSearchCluster(List<URI> hosts, String alias, int shards, int replicas, OpenSearchClient client)
        implements AutoCloseable {
    /** The alias when none is given. */
    public static final String DEFAULT_ALIAS = "govgraph";

    /**
     * The cluster of {@code spec}: {@code http://HOST:PORT[,HOST:PORT...]} (the scheme may be left
     * out), one shard and one replica per shard, unless told otherwise.
     */
    public static OpenSearchCluster connect(String spec) {
        return connect(parseHosts(spec), DEFAULT_ALIAS, 1, 1);
    }

    public static OpenSearchCluster connect(List<URI> hosts, String alias, int shards, int replicas) {
        HttpHost[] http = hosts.stream()
                .map(u -> new HttpHost(u.getScheme(), u.getHost(), u.getPort()))
                .toArray(HttpHost[]::new);
        OpenSearchTransport transport = ApacheHttpClient5TransportBuilder.builder(http)
                .setMapper(new JacksonJsonpMapper())
                .build();
        return new OpenSearchCluster(List.copyOf(hosts), alias, shards, replicas, new OpenSearchClient(transport));
    }

    /** The nodes of a {@code --search opensearch=} value, with a clear error for one that is not HOST:PORT. */
    public static List<URI> parseHosts(String spec) {
        List<URI> out = new ArrayList<>();
        for (String part : spec.split(",")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            URI u;
            try {
                u = URI.create(p.contains("://") ? p : "http://" + p);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        "'" + p + "' is not an OpenSearch node address: write http://HOST:PORT.");
            }
            if (u.getHost() == null
                    || u.getPort() < 0
                    || !(u.getScheme().equals("http") || u.getScheme().equals("https"))) {
                throw new IllegalArgumentException(
                        "'" + p + "' is not an OpenSearch node address: write http://HOST:PORT.");
            }
            out.add(u);
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException(
                    "No OpenSearch node given: write opensearch=http://HOST:PORT[,HOST:PORT...].");
        }
        return out;
    }

    /** The index definition of every release's index in this cluster. */
    public IndexDefinition definition() {
        return new IndexDefinition(shards, replicas);
    }

    /** Names the cluster in messages. */
    public String describe() {
        return "the OpenSearch cluster at "
                + String.join(",", hosts.stream().map(URI::toString).toList());
    }

    @Override
    public void close() {
        try {
            client._transport().close();
        } catch (IOException e) {
            throw new SearchIndexException("Cannot close the connection to " + describe() + ": " + e.getMessage(), e);
        }
    }
}

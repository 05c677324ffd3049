/**
 * Replication over HTTP: {@link org.govgraph.server.replica.Replication} says whether this
 * server is a primary that offers release bundles, a replica that follows one, or neither,
 * and {@link org.govgraph.server.replica.ReleaseFeedServlet} serves the feed
 * ({@code /releases/current}) and the bundles' files. The bundles themselves, and the
 * follower that downloads them, are in {@code org.govgraph.release.bundle}.
 */
package org.govgraph.server.replica;

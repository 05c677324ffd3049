package org.govgraph.server.replica;

import java.net.URI;
import java.util.Optional;
import org.govgraph.release.bundle.BundleOffer;
import org.govgraph.release.bundle.ReplicaFollower;
import org.govgraph.release.bundle.ReplicaStatus;

/**
 * This server's part in replication: a primary offering a bundle of each release
 * ({@code offer}), a read-only replica following a primary ({@code follower}), or neither.
 */
public record Replication(Optional<BundleOffer> offer, Optional<ReplicaFollower> follower) {
    private static final Replication NONE = new Replication(Optional.empty(), Optional.empty());

    public Replication {
        if (offer.isPresent() && follower.isPresent()) {
            throw new IllegalArgumentException("A replica offers no bundles of its own: it serves its primary's");
        }
    }

    /** A server on its own. */
    public static Replication none() {
        return NONE;
    }

    /** A primary that offers release bundles. */
    public static Replication primary(BundleOffer offer) {
        return new Replication(Optional.of(offer), Optional.empty());
    }

    /** A replica following a primary. */
    public static Replication replica(ReplicaFollower follower) {
        return new Replication(Optional.empty(), Optional.of(follower));
    }

    /** The primary this server is a replica of: every write is refused and sent there. */
    public Optional<URI> primaryUrl() {
        return follower.map(f -> f.status().primary());
    }

    /** Where a replica stands, empty on a server that is not one. */
    public Optional<ReplicaStatus> replicaStatus() {
        return follower.map(ReplicaFollower::status);
    }
}

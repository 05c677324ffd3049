/**
 * Read replicas by release bundles: after each release is served, a primary started with
 * {@code --offer-bundles} writes a {@link org.govgraph.release.bundle.ReleaseBundle} beside
 * its downloads (a copy of the release's TDB2 database made by the bulk loader, its search
 * index copied commit by commit, its published files, and a {@code SHA256SUMS} list), and
 * announces it in a small {@link org.govgraph.release.bundle.ReleaseFeed}. A
 * {@link org.govgraph.release.bundle.ReplicaFollower} polls that feed, downloads each new
 * bundle beside the release it serves, verifies every checksum
 * ({@link org.govgraph.release.bundle.Checksums}) and switches to it through
 * {@link org.govgraph.release.Releases#adopt}, the same switch a live ingest ends with; a
 * bundle that does not verify is refused and the replica keeps serving what it has.
 * Nothing here serves HTTP: the server module does.
 */
package org.govgraph.release.bundle;

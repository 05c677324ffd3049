package org.govgraph.release.bundle;

import java.net.URI;
import java.time.Instant;

/**
 * Where a replica stands against its primary, for {@code /readyz}.
 *
 * @param primary        the primary's URL
 * @param primaryRelease the release the primary served when last asked, null before the first answer
 * @param behind         whether the replica serves another release than the primary's
 * @param problem        why the replica is behind beyond a download under way, null when nothing is wrong
 * @param checked        when the primary was last asked, null before the first time
 */
public record ReplicaStatus(URI primary, String primaryRelease, boolean behind, String problem, Instant checked) {}

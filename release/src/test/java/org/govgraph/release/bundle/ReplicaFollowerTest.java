package org.govgraph.release.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import org.govgraph.model.Iris;
import org.govgraph.model.store.Store;
import org.govgraph.release.Releases;
import org.govgraph.search.LuceneSearchIndex;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What a replica makes of its primary's feed, before any download. */
class ReplicaFollowerTest {
    private static final URI PRIMARY = URI.create("http://primary.example:8080/");
    private final Store store = Store.inMemory(Iris.defaults());
    private final Releases releases = Releases.serving(store, LuceneSearchIndex.inMemory(store));
    private final ReplicaFollower follower = new ReplicaFollower(releases, PRIMARY, Duration.ofSeconds(1));

    @AfterEach
    void close() {
        follower.close();
        store.close();
    }

    @Test
    void aReplicaIsBehindUntilItHasAskedItsPrimary() {
        ReplicaStatus status = follower.status();
        assertTrue(status.behind());
        assertEquals(PRIMARY, status.primary());
    }

    @Test
    void aPrimaryAtTheReleaseServedHereLeavesTheReplicaCurrent() throws Exception {
        follower.follow(ReleaseFeed.of(releases.current().id(), Iris.defaults().base(), true, null));
        assertFalse(follower.status().behind());
        assertEquals(null, follower.status().problem());
    }

    @Test
    void aPrimaryThatOffersNeitherBundleNorGraphsIsNotFollowedAndTheReplicaSaysWhy() throws Exception {
        follower.follow(ReleaseFeed.of("20261207T120000.000Z", Iris.defaults().base(), false, null));
        ReplicaStatus status = follower.status();
        assertTrue(status.behind());
        assertEquals("20261207T120000.000Z", status.primaryRelease());
        assertTrue(
                status.problem().contains("the primary offers neither a bundle of it nor its graphs"),
                status.problem());
    }

    @Test
    void aBundleBeingWrittenIsWaitedForWithoutAProblem() throws Exception {
        follower.follow(ReleaseFeed.of("20261207T120000.000Z", Iris.defaults().base(), true, null));
        assertTrue(follower.status().behind());
        assertEquals(null, follower.status().problem());
    }

    @Test
    void aPrimaryOfAnotherBaseIsRefused() {
        BundleRefusedException e = assertThrows(
                BundleRefusedException.class,
                () -> follower.follow(
                        ReleaseFeed.of("20261207T120000.000Z", "https://elsewhere.example/", true, null)));
        assertTrue(e.getMessage().contains("https://elsewhere.example/"), e.getMessage());
    }
}

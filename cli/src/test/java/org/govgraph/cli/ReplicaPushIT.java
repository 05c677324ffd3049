package org.govgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * A replica started with {@code --replica-push} and a poll interval of ten minutes: it hears
 * of each new release of its primary from the feed the primary holds for it, so it follows
 * within seconds, not at its next poll; and a primary restarted while the replica waits on
 * it does not stop the replica following. The tests run in order on one pair of servers.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReplicaPushIT {
    /** A functional bound, far below the poll interval: the time to write, send and open a small bundle. */
    private static final Duration PUSHED = Duration.ofSeconds(30);

    @TempDir
    static Path dir;

    private ReplicaClient client;
    private ServerProcess primary;
    private ServerProcess replica;

    @BeforeAll
    void startPrimaryAndReplica() throws Exception {
        client = new ReplicaClient(dir, PUSHED);
        client.ingestIntoPrimary();
        // A fixed port: the primary is restarted, and the replica knows it by its URL.
        primary = client.startPrimary(Integer.toString(freePort()), "--offer-bundles");
        replica = client.startReplica(primary, "10m", "--replica-push");
        // The first ask is made at start; the bundle may still be being written then.
        new ReplicaClient(dir, Duration.ofSeconds(180)).awaitReplicaAt(replica, client.releaseOf(primary));
    }

    @AfterAll
    void stopServers() throws InterruptedException {
        ReplicaClient.stop(replica, primary);
    }

    @Test
    @Order(1)
    void aNewReleaseReachesTheReplicaLongBeforeItsNextPoll() throws Exception {
        client.ingestIntoPrimary();
        String release = client.releaseOf(primary);
        client.awaitReplicaAt(replica, release);
        assertTrue(
                Files.readString(primary.log()).contains("GET /releases/current?after="),
                "the replica waits on the primary's feed");
    }

    @Test
    @Order(2)
    void aPrimaryRestartedWhileTheReplicaWaitsIsFollowedAfterwards() throws Exception {
        String held = client.releaseOf(replica);
        primary.stop();
        primary.start();
        client.ingestIntoPrimary();
        String release = client.releaseOf(primary);
        assertTrue(!release.equals(held), "a new release after the restart");
        // Its waits failed while the primary was down, so the replica backs off (up to 30 s) before it asks again.
        new ReplicaClient(dir, Duration.ofSeconds(90)).awaitReplicaAt(replica, release);
        assertEquals(release, client.releaseOf(replica));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

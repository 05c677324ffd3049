package org.govgraph.cli;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.govgraph.model.Iris;
import org.govgraph.model.store.StoreException;
import org.govgraph.release.Releases;
import org.govgraph.release.bundle.BundleOffer;
import org.govgraph.release.bundle.ReleaseFeed;
import org.govgraph.release.bundle.ReplicaFollower;
import org.govgraph.search.SearchBackend;
import org.govgraph.server.replica.Replication;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The options of {@code serve} that make it a primary offering release bundles, or a read-only replica. */
final class ReplicationOptions {
    /** How long a new replica waits for its primary to answer at start. */
    private static final Duration FIRST_CONTACT = Duration.ofSeconds(60);

    @Option(
            names = "--offer-bundles",
            description = "After each release, write a bundle of it (database, search"
                    + " index, downloads, SHA-256 of each file) to DIR/bundles for replicas (off by default: a bundle of a"
                    + " 10,000-service store is about 500 MB).")
    boolean offerBundles;

    @Option(
            names = "--replica-of",
            paramLabel = "URL",
            description = "Serve a read-only replica of the govgraph"
                    + " server at URL: follow its releases (by the bundles it writes with --offer-bundles, else"
                    + " rebuilt from its published N-Triples); every write is refused (403).")
    URI replicaOf;

    @Option(
            names = "--replica-poll",
            paramLabel = "DURATION",
            converter = DurationConverter.class,
            defaultValue = "1s",
            description = "How often a replica asks its primary for a new release (default: ${DEFAULT-VALUE}).")
    Duration poll;

    @Option(
            names = "--replica-push",
            description = "Have the primary tell the replica of each new release: the replica waits on the primary's"
                    + " feed, which answers when the primary has a release to follow (or after 25 s), instead of asking"
                    + " every --replica-poll; a primary that does not hold its feed is polled (off by default).")
    boolean push;

    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    /** Refuses options that contradict each other, before any store is opened. */
    void check(SearchBackend search) {
        if (offerBundles && search != SearchBackend.LUCENE) {
            // A bundle carries the release's Lucene index; with OpenSearch, replicas use the cluster's.
            throw new ParameterException(
                    command.commandLine(),
                    "--offer-bundles needs the in-process search index"
                            + " (--search lucene): a bundle carries it, and replicas of a primary on OpenSearch use the cluster");
        }
        if (offerBundles && replicaOf != null) {
            throw new ParameterException(
                    command.commandLine(),
                    "A replica offers no bundles of its own:" + " use --offer-bundles or --replica-of, not both");
        }
        if (replicaOf != null
                && (replicaOf.getScheme() == null || !replicaOf.getScheme().startsWith("http"))) {
            throw new ParameterException(
                    command.commandLine(), "--replica-of needs the primary's http(s) URL: " + replicaOf);
        }
        if (push && replicaOf == null) {
            throw new ParameterException(
                    command.commandLine(), "--replica-push is an option of a replica: add --replica-of URL");
        }
        if (poll.isNegative() || poll.isZero()) {
            throw new ParameterException(command.commandLine(), "--replica-poll must be positive: " + poll);
        }
    }

    boolean replica() {
        return replicaOf != null;
    }

    /** The primary's URL, ending in a slash so that its paths resolve under it. */
    URI primary() {
        String url = replicaOf.toString();
        return URI.create(url.endsWith("/") ? url : url + "/");
    }

    /**
     * The base a new replica's store is created with: the primary's, from its feed (waiting
     * up to a minute for it to answer, as a replica may start with its primary).
     */
    String primaryBase() {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + FIRST_CONTACT.toNanos();
        while (true) {
            try {
                ReleaseFeed feed = ReplicaFollower.feed(http, primary());
                return feed.base();
            } catch (IOException | IllegalArgumentException e) {
                if (System.nanoTime() > deadline) {
                    throw new StoreException("The primary at " + primary() + " did not answer its release feed within "
                            + FIRST_CONTACT.toSeconds() + " s (" + e.getMessage()
                            + "): start it first, or check --replica-of");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StoreException("Interrupted while asking the primary at " + primary() + " for its base", e);
            }
            try {
                TimeUnit.SECONDS.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StoreException("Interrupted while waiting for the primary at " + primary(), e);
            }
        }
    }

    /** Opens a replica's store: the one it holds, or a new one under the primary's base. */
    Releases openReplica(StoreOption store, SearchBackend search) {
        if (Files.exists(store.directory.resolve("current"))) {
            return store.open(search);
        }
        return Releases.open(store.directory, new Iris(primaryBase()), search);
    }

    /** What the server's part is, made from these options; nothing runs until {@link #start}. */
    Replication replication(Releases releases) {
        if (replicaOf != null) {
            return Replication.replica(new ReplicaFollower(releases, primary(), poll, push));
        }
        return offerBundles ? Replication.primary(BundleOffer.open(releases)) : Replication.none();
    }

    /** Starts offering bundles or following the primary, once the server is ready. */
    static void start(Replication replication) {
        replication.offer().ifPresent(BundleOffer::start);
        replication.follower().ifPresent(ReplicaFollower::start);
    }
}

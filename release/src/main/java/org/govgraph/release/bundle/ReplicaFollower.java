package org.govgraph.release.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.govgraph.release.Releases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A replica's side: asks the primary's feed every poll interval which release it serves;
 * when that is not the one served here, downloads its bundle into a staging directory beside
 * the served release, checks every file's size and SHA-256 as it arrives, and switches to it
 * with {@link Releases#adopt}. A bundle that does not verify, or a primary that cannot be
 * reached, is logged and tried again after a back-off that doubles up to {@link #MAX_BACKOFF};
 * meanwhile the replica keeps serving the release it has, and {@link #status()} says it is behind.
 */
public final class ReplicaFollower implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ReplicaFollower.class);
    /** The longest wait between two tries after failures. */
    static final Duration MAX_BACKOFF = Duration.ofSeconds(30);
    /** The feed's path on the primary. */
    public static final String FEED_PATH = "/releases/current";

    private final Releases releases;
    private final URI primary;
    private final Duration poll;
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "govgraph-replica");
        t.setDaemon(true);
        return t;
    });
    private volatile ReplicaStatus status;
    private int failures;
    private String reportedProblem;

    /**
     * @param primary the primary's URL ({@code http://host:port/})
     * @param poll    how often the primary is asked
     */
    public ReplicaFollower(Releases releases, URI primary, Duration poll) {
        if (poll.isNegative() || poll.isZero()) {
            throw new IllegalArgumentException("The poll interval must be positive: " + poll);
        }
        this.releases = releases;
        this.primary = primary;
        this.poll = poll;
        this.status = new ReplicaStatus(primary, null, true, null, null);
    }

    /** Starts following: the primary is asked at once, then every poll interval. */
    public ReplicaFollower start() {
        timer.execute(this::followOnce);
        return this;
    }

    public ReplicaStatus status() {
        return status;
    }

    /** Reads the primary's feed (at start, for the base a new replica's store must use). */
    public static ReleaseFeed feed(HttpClient http, URI primary) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(primary.resolve(FEED_PATH))
                        .timeout(Duration.ofSeconds(30))
                        .header("Accept", "application/json")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IOException(primary.resolve(FEED_PATH) + " answered " + r.statusCode()
                    + ": is it a govgraph server of this version?");
        }
        return ReleaseFeed.fromJson(r.body());
    }

    private void followOnce() {
        Duration next = poll;
        try {
            ReleaseFeed feed = feed(http, primary);
            follow(feed);
            failures = 0;
        } catch (BundleRefusedException | IllegalArgumentException e) {
            next = backOff("Refused the primary's release: " + e.getMessage());
        } catch (IOException e) {
            next = backOff("The primary at " + primary + " cannot be reached: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } catch (RuntimeException e) {
            LOG.error("Following the primary at {} failed", primary, e);
            next = backOff("Following the primary failed: " + e.getMessage() + " (see the replica's log)");
        }
        if (!timer.isShutdown()) {
            timer.schedule(this::followOnce, next.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Brings the replica to the feed's release, or says why it stays behind. */
    void follow(ReleaseFeed feed) throws IOException, InterruptedException {
        String served = releases.current().id();
        if (feed.release().equals(served)) {
            report(feed.release(), false, null);
            return;
        }
        if (!feed.base().equals(releases.iris().base())) {
            throw new BundleRefusedException("the primary mints IRIs under " + feed.base() + ", this store under "
                    + releases.iris().base() + ": a replica needs a store of its own");
        }
        if (feed.bundle() == null) {
            report(
                    feed.release(),
                    true,
                    feed.offersBundles()
                            ? null
                            : "Release " + feed.release()
                                    + " cannot be followed: the primary offers no bundle of it (serve it with --offer-bundles)");
            return;
        }
        report(feed.release(), true, status.problem());
        Path staged = releases.stagingDirectory();
        try {
            long start = System.nanoTime();
            download(feed.bundle(), staged);
            releases.adopt(staged);
            LOG.info(
                    "Release {} of the primary is served ({} files, {} bytes, {} ms from download to switch)",
                    feed.release(),
                    feed.bundle().files().size(),
                    feed.bundle().bytes(),
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
            report(feed.release(), !feed.release().equals(releases.current().id()), null);
        } finally {
            ReleaseBundle.deleteIfPresent(staged); // gone already once adopted; a refused bundle leaves nothing behind
        }
    }

    /** Downloads every file of {@code bundle} into {@code staged}, each checked as it arrives. */
    private void download(ReleaseFeed.Bundle bundle, Path staged) throws IOException, InterruptedException {
        URI base = primary.resolve(bundle.url());
        for (BundleFile file : bundle.files()) {
            URI url = base.resolve(file.path());
            // No gzip asked for: measured over loopback, compressing TDB2's files took three times longer than sending
            // them.
            HttpResponse<InputStream> r =
                    http.send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = r.body()) {
                if (r.statusCode() != 200) {
                    throw new BundleRefusedException(file.path() + ": " + url + " answered " + r.statusCode());
                }
                Checksums.receive(body, staged.resolve(file.path()), file);
            }
        }
    }

    private Duration backOff(String problem) {
        failures++;
        report(status.primaryRelease(), true, problem);
        long millis = Math.min(MAX_BACKOFF.toMillis(), poll.toMillis() << Math.min(failures, 16));
        return Duration.ofMillis(millis);
    }

    /** Updates the status, and logs each new problem once (a replica stuck behind must not fill the log). */
    private void report(String primaryRelease, boolean behind, String problem) {
        status = new ReplicaStatus(primary, primaryRelease, behind, problem, Instant.now());
        if (problem != null && !problem.equals(reportedProblem)) {
            LOG.warn(
                    "{}; still serving release {}, trying again",
                    problem,
                    releases.current().id());
        }
        reportedProblem = problem;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}

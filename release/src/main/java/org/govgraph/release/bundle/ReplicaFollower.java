package org.govgraph.release.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
 * with {@link Releases#adopt}. A primary that offers no bundles is followed all the same, by a
 * {@link DumpRebuild} of the release from its published files, checked the same way. A bundle
 * that does not verify, or a primary that cannot be reached, is logged and tried again after a
 * back-off that doubles up to {@link #MAX_BACKOFF};
 * meanwhile the replica keeps serving the release it has, and {@link #status()} says it is behind.
 */
public final class ReplicaFollower implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ReplicaFollower.class);
    /** The longest wait between two tries after failures. */
    static final Duration MAX_BACKOFF = Duration.ofSeconds(30);
    /** The feed's path on the primary. */
    public static final String FEED_PATH = "/releases/current";
    /** The header of a feed answer that was held until there was a release to follow (or the hold's seconds passed). */
    public static final String HOLD_HEADER = "X-Govgraph-Feed-Hold";
    /** The longest a held feed request is waited for: the primary's hold, and time to answer. */
    private static final Duration HELD_REQUEST_TIMEOUT = Duration.ofSeconds(90);
    /** The first wait after a failure with push on, when the poll interval may be long. */
    private static final Duration PUSH_FIRST_BACKOFF = Duration.ofSeconds(1);

    private final Releases releases;
    private final URI primary;
    private final Duration poll;
    private final boolean push;
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
        this(releases, primary, poll, false);
    }

    /**
     * @param push whether to wait on the primary's feed for its next release (a long poll, answered
     *             when the primary has a release to follow) rather than ask every {@code poll}; a
     *             primary that does not hold its feed is polled
     */
    public ReplicaFollower(Releases releases, URI primary, Duration poll, boolean push) {
        if (poll.isNegative() || poll.isZero()) {
            throw new IllegalArgumentException("The poll interval must be positive: " + poll);
        }
        this.releases = releases;
        this.primary = primary;
        this.poll = poll;
        this.push = push;
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
        return ask(http, primary.resolve(FEED_PATH), Duration.ofSeconds(30)).feed();
    }

    /** A feed as the primary answered it, and whether it held the request ({@value #HOLD_HEADER}). */
    private record Answer(ReleaseFeed feed, boolean held) {}

    private static Answer ask(HttpClient http, URI url, Duration timeout) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(url)
                        .timeout(timeout)
                        .header("Accept", "application/json")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IOException(url + " answered " + r.statusCode() + ": is it a govgraph server of this version?");
        }
        return new Answer(
                ReleaseFeed.fromJson(r.body()),
                r.headers().firstValue(HOLD_HEADER).isPresent());
    }

    private void followOnce() {
        Duration next = poll;
        try {
            if (push) {
                Answer answer = ask(
                        http,
                        primary.resolve(FEED_PATH + "?after="
                                + URLEncoder.encode(releases.current().id(), StandardCharsets.UTF_8)),
                        HELD_REQUEST_TIMEOUT);
                follow(answer.feed());
                if (answer.held() && status.problem() == null) {
                    next = Duration.ZERO; // the primary holds the next ask until it has a release to follow
                }
            } else {
                follow(feed(http, primary));
            }
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
        if (feed.bundle() == null && (feed.offersBundles() || feed.graphs() == null)) {
            report(
                    feed.release(),
                    true,
                    feed.offersBundles()
                            ? null // being written: a bundle is quicker to follow than a rebuild
                            : "Release " + feed.release()
                                    + " cannot be followed: the primary offers neither a bundle of it nor its graphs"
                                    + " (a govgraph of an earlier version?)");
            return;
        }
        report(feed.release(), true, status.problem());
        Path staged = releases.stagingDirectory();
        try {
            long start = System.nanoTime();
            String how;
            if (feed.bundle() != null) {
                download(feed.bundle(), staged);
                how = "bundle: " + feed.bundle().files().size() + " files, "
                        + feed.bundle().bytes() + " bytes";
            } else {
                DumpRebuild.Rebuilt rebuilt =
                        new DumpRebuild(releases, primary, this::download).stage(feed.graphs(), staged);
                how = "rebuilt from the published N-Triples: " + rebuilt.filesDownloaded() + " files, "
                        + rebuilt.bytesDownloaded() + " bytes downloaded, " + rebuilt.triplesLoaded()
                        + " triples loaded";
            }
            releases.adopt(staged);
            LOG.info(
                    "Release {} of the primary is served ({}; {} ms from download to switch)",
                    feed.release(),
                    how,
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
            report(feed.release(), !feed.release().equals(releases.current().id()), null);
        } finally {
            ReleaseBundle.deleteIfPresent(staged); // gone already once adopted; a refused release leaves nothing behind
        }
    }

    /** Downloads every file of {@code bundle} into {@code staged}, each checked as it arrives. */
    private void download(ReleaseFeed.Bundle bundle, Path staged) throws IOException, InterruptedException {
        URI base = primary.resolve(bundle.url());
        for (BundleFile file : bundle.files()) {
            download(base.resolve(file.path()), staged.resolve(file.path()), file);
        }
    }

    /** Downloads {@code url} to {@code target}, checked as it arrives against {@code file}'s size and SHA-256. */
    private void download(URI url, Path target, BundleFile file) throws IOException, InterruptedException {
        // No gzip asked for: measured over loopback, compressing TDB2's files took three times longer than sending
        // them.
        HttpResponse<InputStream> r =
                http.send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = r.body()) {
            if (r.statusCode() != 200) {
                throw new BundleRefusedException(file.path() + ": " + url + " answered " + r.statusCode());
            }
            Checksums.receive(body, target, file);
        }
    }

    private Duration backOff(String problem) {
        failures++;
        report(status.primaryRelease(), true, problem);
        Duration first = push && poll.compareTo(PUSH_FIRST_BACKOFF) > 0 ? PUSH_FIRST_BACKOFF : poll;
        long millis = Math.min(MAX_BACKOFF.toMillis(), first.toMillis() << Math.min(failures, 16));
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

package org.govgraph.server;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.govgraph.release.PlatformRelease;
import org.govgraph.release.Releases;

/**
 * Pins each request to the release served when it arrived, for as long as it runs: SPARQL,
 * search, pages, catalog and downloads all answer it from that release, even when the
 * platform switches to a newer one meanwhile (the old one is kept until its last request
 * ends). The answer names it in {@code X-Govgraph-Release}.
 */
public final class ReleasePinning extends HttpFilter {
    private static final long serialVersionUID = 1L;
    /** The response header that names the release an answer comes from. */
    public static final String HEADER = "X-Govgraph-Release";

    private static final ThreadLocal<PlatformRelease> PINNED = new ThreadLocal<>();

    private final transient Releases releases;

    public ReleasePinning(Releases releases) {
        this.releases = releases;
    }

    /** The release the request on this thread is pinned to. */
    public static Optional<PlatformRelease> pinned() {
        return Optional.ofNullable(PINNED.get());
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (PINNED.get() != null) {
            chain.doFilter(request, response); // A forward or an error dispatch within the pinned request.
            return;
        }
        try (Releases.Lease lease = releases.acquire()) {
            PINNED.set(lease.release());
            response.setHeader(HEADER, lease.release().id());
            chain.doFilter(request, response);
        } finally {
            PINNED.remove();
        }
    }
}

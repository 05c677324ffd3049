package org.govgraph.release.bundle;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Objects;

/**
 * What {@code GET /releases/current} says: the release a platform serves, the base its IRIs
 * are minted under, and that release's bundle, or {@code null} when there is none (the
 * platform offers no bundles, or the bundle is still being written: {@code offersBundles}
 * tells which); a platform that offers no bundles offers instead the {@link GraphsDump} of
 * the release, with which a replica rebuilds it from the published N-Triples dumps.
 *
 * @param release       the release served
 * @param base          the base of every IRI
 * @param offersBundles whether the platform writes a bundle of each release
 * @param bundle        the release's bundle, null when there is none yet
 * @param graphs        the release's graphs dump, null when a bundle is offered (or from a server of an earlier version)
 */
public record ReleaseFeed(String release, String base, boolean offersBundles, Bundle bundle, Graphs graphs) {
    private static final ObjectMapper JSON =
            new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /**
     * Where a bundle's files are and what they are.
     *
     * @param url   the prefix of every file's URL, relative to the feed's ({@code /releases/{id}/bundle/})
     * @param files every file, with its size and SHA-256
     */
    public record Bundle(String url, List<BundleFile> files) {
        public Bundle {
            Objects.requireNonNull(url, "url");
            files = List.copyOf(files);
        }

        /** The total of the files' sizes. */
        public long bytes() {
            return files.stream().mapToLong(BundleFile::size).sum();
        }
    }

    /**
     * Where a release's {@link GraphsDump} is and what it is.
     *
     * @param url  its URL, relative to the feed's ({@code /releases/{id}/graphs.nq})
     * @param file its name, size and SHA-256
     */
    public record Graphs(String url, BundleFile file) {
        public Graphs {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(file, "file");
        }
    }

    public ReleaseFeed {
        Objects.requireNonNull(release, "release");
        Objects.requireNonNull(base, "base");
    }

    /** The path under which a server offers the files of release {@code id}'s bundle. */
    public static String bundlePath(String releaseId) {
        return "/releases/" + releaseId + "/bundle/";
    }

    /** The feed of a platform serving {@code release}, with the bundle of it if there is one. */
    public static ReleaseFeed of(String release, String base, boolean offersBundles, ReleaseBundle bundle) {
        return new ReleaseFeed(
                release,
                base,
                offersBundles,
                bundle == null ? null : new Bundle(bundlePath(bundle.releaseId()), bundle.files()),
                null);
    }

    /** The feed of a platform that offers no bundles, serving the release of {@code graphs}. */
    public static ReleaseFeed of(String base, GraphsDump graphs) {
        return new ReleaseFeed(
                graphs.releaseId(), base, false, null, new Graphs(GraphsDump.path(graphs.releaseId()), graphs.file()));
    }

    public String toJson() {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A feed is always JSON", e);
        }
    }

    /**
     * Reads a feed.
     *
     * @throws IllegalArgumentException when {@code json} is not one, saying where
     */
    public static ReleaseFeed fromJson(String json) {
        try {
            return JSON.readValue(json, ReleaseFeed.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(
                    "Not a release feed: " + e.getOriginalMessage()
                            + (e.getLocation() == null
                                    ? ""
                                    : " (line " + e.getLocation().getLineNr() + ", column "
                                            + e.getLocation().getColumnNr() + ")"),
                    e);
        }
    }
}

package org.govgraph.server.catalog;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.Optional;
import java.util.function.Supplier;
import org.govgraph.release.publish.PublishedFile;
import org.govgraph.release.publish.Publisher;
import org.govgraph.server.HttpError;

/**
 * {@code GET /download/{source}/{release}/{file}}: streams a published file as its bytes
 * are on disk, with the SHA-256 the catalog records as a strong ETag, its modification time
 * as Last-Modified, and a year of caching (a published file never changes). A conditional
 * request that still has the file gets 304.
 *
 * <p>Only a file the catalog records can be served: each segment must be a well-formed
 * source id, release id or file name, and the resolved path must stay inside the downloads
 * folder. Anything else is 404, so {@code ..} and encoded variants name nothing.
 */
public final class DownloadServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient Supplier<Publisher> publisher;

    public DownloadServlet(Supplier<Publisher> publisher) {
        this.publisher = publisher;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        PublishedFile file = find(req.getPathInfo());
        long modified;
        try {
            modified = Files.getLastModifiedTime(file.path()).toMillis() / 1000 * 1000;
        } catch (NoSuchFileException e) {
            throw HttpError.notFound("No such download: " + req.getPathInfo());
        }
        String etag = "\"" + file.sha256() + "\"";
        resp.setHeader("ETag", etag);
        resp.setDateHeader("Last-Modified", modified);
        resp.setHeader("Cache-Control", "public, max-age=31536000, immutable");
        if (notModified(req, etag, modified)) {
            resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        resp.setContentType(file.format().contentType());
        resp.setContentLengthLong(file.byteSize());
        // The file name is one of ours (a strict pattern), so it needs no quoting beyond the quotes.
        resp.setHeader("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"");
        try (InputStream in = Files.newInputStream(file.path());
                OutputStream out = resp.getOutputStream()) {
            in.transferTo(out);
        }
    }

    private PublishedFile find(String pathInfo) {
        String[] segments = pathInfo == null ? new String[0] : pathInfo.split("/", -1);
        // "/{source}/{release}/{file}" splits into "", source, release, file.
        if (segments.length != 4 || !segments[0].isEmpty()) {
            throw HttpError.notFound("A download is /download/{dataset}/{release}/{file}");
        }
        Optional<PublishedFile> file = publisher.get().file(segments[1], segments[2], segments[3]);
        return file.orElseThrow(() -> HttpError.notFound("No such download: " + pathInfo));
    }

    /** RFC 9110: If-None-Match decides when present (weak comparison); else If-Modified-Since. */
    private static boolean notModified(HttpServletRequest req, String etag, long modified) {
        String ifNoneMatch = req.getHeader("If-None-Match");
        if (ifNoneMatch != null) {
            for (String candidate : ifNoneMatch.split(",")) {
                String tag = candidate.trim();
                if (tag.equals("*") || (tag.startsWith("W/") ? tag.substring(2) : tag).equals(etag)) {
                    return true;
                }
            }
            return false;
        }
        long since;
        try {
            since = req.getDateHeader("If-Modified-Since");
        } catch (IllegalArgumentException malformed) {
            return false;
        }
        return since >= 0 && modified <= since;
    }
}

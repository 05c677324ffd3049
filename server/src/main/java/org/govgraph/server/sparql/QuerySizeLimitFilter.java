package org.govgraph.server.sparql;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;
import org.eclipse.jetty.http.BadMessageException;
import org.eclipse.jetty.http.HttpException;
import org.govgraph.server.ErrorMapper;

/**
 * Refuses a SPARQL request whose body is larger than the server accepts with 413. A body
 * with a Content-Length is judged before anything reads it; a chunked one (no length) is
 * read here up to the limit and handed on from memory, and a chunked form is parsed here
 * under Jetty's form limit, so no filter or servlet after this one reads an unbounded body.
 * (A query string too long for a GET is refused by Jetty's header limit with 414.)
 *
 * <p>The limit is on decoded bytes: a body with a {@code Content-Encoding} (gzip or
 * deflate) is inflated here, and inflating stops one byte past the limit (413), so a small
 * compressed body cannot unfold into a large query behind the limit's back. What follows
 * sees the decoded body and no encoding; an encoding this server does not know is 415.
 */
public final class QuerySizeLimitFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;

    private final long maxBytes;

    public QuerySizeLimitFilter(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long length = request.getContentLengthLong();
        String encoding = request.getHeader("Content-Encoding");
        if (encoding != null
                && !encoding.isBlank()
                && !"identity".equalsIgnoreCase(encoding.strip())
                && length != 0
                && length <= maxBytes) {
            compressed(request, response, chain, encoding.strip().toLowerCase(Locale.ROOT));
            return;
        }
        if (length > maxBytes) {
            if (length <= maxBytes * DRAIN_FACTOR) {
                // Read and discard a moderately oversized body, so that a client still sending it
                // reads the 413 instead of a reset connection; anything larger is not worth
                // reading, and Jetty closes the connection after the answer.
                request.getInputStream().transferTo(OutputStream.nullOutputStream());
            }
            refuse(request, response, length + " bytes");
            return;
        }
        if (length < 0 && "POST".equals(request.getMethod()) && request.getContentType() != null) {
            chunked(request, response, chain); // No Content-Length to judge: read it here, up to the limit.
            return;
        }
        chain.doFilter(request, response);
    }

    private void chunked(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String tooLarge = "more than " + maxBytes + " bytes";
        if (request.getContentType().toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            // Jetty reads a form itself, into parameters, up to the context's form limit (set to
            // maxBytes by the server); parsing it here turns its "too large" into this 413.
            try {
                request.getParameterMap();
            } catch (BadMessageException e) {
                if (e.getCause() instanceof HttpException cause && cause.getCode() == 413) {
                    refuse(request, response, tooLarge);
                    return;
                }
                throw e;
            }
            chain.doFilter(request, response);
            return;
        }
        byte[] body = request.getInputStream().readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
        if (body.length > maxBytes) {
            refuse(request, response, tooLarge);
            return;
        }
        chain.doFilter(new ReplayedBody(request, body), response);
    }

    /** Inflates a compressed body up to the limit, and hands it on decoded. */
    private void compressed(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain, String encoding)
            throws IOException, ServletException {
        String type = request.getContentType();
        if (type != null && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            // Jetty parses forms from the raw bytes; a compressed form would be read as garbage.
            ErrorMapper.write(
                    request,
                    response,
                    415,
                    "A compressed form is not accepted; send the query as an"
                            + " uncompressed form, or compressed as the body of type application/sparql-query");
            return;
        }
        if (!DECODED.contains(encoding)) {
            ErrorMapper.write(
                    request,
                    response,
                    415,
                    "Unknown Content-Encoding '" + encoding + "'; this server accepts gzip, deflate or none");
            return;
        }
        // The compressed stream is capped as well: it can also be long, and decode to little.
        InputStream raw = new CappedInputStream(request.getInputStream(), maxBytes);
        byte[] body;
        try (InputStream decoder =
                encoding.equals("deflate") ? new InflaterInputStream(raw) : new GZIPInputStream(raw)) {
            body = decoder.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
        } catch (CappedInputStream.OverCapException e) {
            refuse(request, response, "more than " + maxBytes + " bytes compressed");
            return;
        } catch (ZipException | EOFException e) {
            ErrorMapper.write(request, response, 400, "The body is not valid " + encoding + " data");
            return;
        }
        if (body.length > maxBytes) {
            refuse(request, response, "more than " + maxBytes + " bytes once decoded");
            return;
        }
        chain.doFilter(ReplayedBody.decoded(request, body), response);
    }

    /** Answers 413 for a request of {@code size} (as the client is told it) over the limit. */
    private void refuse(HttpServletRequest request, HttpServletResponse response, String size) throws IOException {
        ErrorMapper.write(
                request,
                response,
                413,
                "The request is too large: " + size + "; this server accepts queries of up to " + maxBytes + " bytes");
    }

    /** The encodings inflated here (Fuseki's own "deflate" would compress instead of inflating). */
    private static final Set<String> DECODED = Set.of("gzip", "x-gzip", "deflate");

    /** How many times the limit a refused body may be, and still be drained before the answer. */
    private static final long DRAIN_FACTOR = 4;
}

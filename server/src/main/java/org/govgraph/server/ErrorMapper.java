package org.govgraph.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.riot.RiotException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.StringUtil;
import org.govgraph.model.GovgraphException;
import org.govgraph.model.store.StoreException;
import org.govgraph.search.SearchIndexException;
import org.govgraph.search.SearchRequestException;
import org.govgraph.search.SearchTimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place that decides the HTTP status of a failure and how an error looks: JSON
 * for API clients, a small HTML page for browsers. Servlets throw; {@link ErrorMappingFilter}
 * calls {@link #write}; errors raised inside Jetty or Fuseki ({@code sendError}, 404s,
 * bad requests) are rendered by {@link #jettyErrorHandler()} in the same format.
 */
public final class ErrorMapper {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapper.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A status and the message a client is shown. */
    public record Failure(int status, String message) {}

    private ErrorMapper() {}

    /** The status and client-facing message for an exception. */
    public static Failure map(Throwable t) {
        if (t instanceof HttpError e) {
            return new Failure(e.status(), e.getMessage());
        }
        if (t instanceof org.eclipse.jetty.http.HttpException e && e.getCode() >= 400 && e.getCode() < 500) {
            // Jetty's own verdicts on the request (e.g. a query string that is not UTF-8) keep their status.
            return new Failure(e.getCode(), e.getReason() == null ? "Bad request" : e.getReason());
        }
        if (t instanceof QueryParseException e) {
            return new Failure(400, "Malformed query: " + e.getMessage());
        }
        if (t instanceof QueryCancelledException) {
            return new Failure(503, "The query was stopped: it ran past the server's time limit");
        }
        if (t instanceof RiotException e) {
            return new Failure(400, "Malformed RDF: " + e.getMessage());
        }
        if (t instanceof StoreException) {
            // The store's failures are the server's: no file paths for the client, the details go to the log.
            return new Failure(503, "The store is not available now; try again shortly");
        }
        if (t instanceof SearchTimeoutException e) {
            return new Failure(503, e.getMessage());
        }
        if (t instanceof SearchRequestException e) {
            // What the client asked cannot be answered as asked: the query syntax, paging, facets, language.
            return new Failure(400, e.getMessage());
        }
        if (t instanceof SearchIndexException) {
            return new Failure(503, "The search index is not available now; try again shortly");
        }
        if (t instanceof GovgraphException e) {
            return new Failure(500, e.getMessage());
        }
        // Anything else is our defect: the client gets no internals, the log gets the trace.
        return new Failure(500, "Internal server error");
    }

    /** Writes the error for {@code t} to a response that has not been committed. */
    public static void write(HttpServletRequest request, HttpServletResponse response, Throwable t) throws IOException {
        Failure failure = map(t);
        if (failure.status() >= 500) {
            LOG.error("{} {} failed", request.getMethod(), request.getRequestURI(), t);
        }
        write(request, response, failure.status(), failure.message());
    }

    /** Writes an error with a given status and message, as JSON or HTML depending on the client. */
    public static void write(HttpServletRequest request, HttpServletResponse response, int status, String message)
            throws IOException {
        if (response.isCommitted()) {
            // Part of the body is out: the status can no longer change. Cut the response so the client sees it fail.
            throw new IOException("Response already committed; aborting after: " + message);
        }
        response.resetBuffer();
        response.setStatus(status);
        boolean html = prefersHtml(request.getHeader("Accept"));
        response.setContentType((html ? "text/html" : "application/json") + ";charset=utf-8");
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(body(html, status, message));
    }

    /** True when the Accept header asks for HTML (browsers), false for API clients and when absent. */
    public static boolean prefersHtml(String accept) {
        return accept != null && accept.contains("text/html");
    }

    /** The error body, as a page or as {@code {"status":..,"error":..,"message":..}}. */
    static byte[] body(boolean html, int status, String message) {
        String reason = HttpStatus.getMessage(status);
        String text = message == null || message.isBlank() ? reason : message;
        if (html) {
            String page = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + status + " "
                    + StringUtil.sanitizeXmlString(reason) + " — govgraph</title></head>\n<body><h1>" + status + " "
                    + StringUtil.sanitizeXmlString(reason) + "</h1>\n<pre>" + StringUtil.sanitizeXmlString(text)
                    + "</pre>\n<p><a href=\"/\">govgraph home</a></p></body></html>\n";
            return page.getBytes(StandardCharsets.UTF_8);
        }
        ObjectNode node = JSON.createObjectNode();
        node.put("status", status);
        node.put("error", reason);
        node.put("message", text);
        try {
            return JSON.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The Jetty error handler that renders errors raised outside our servlets in the same two formats. */
    public static ErrorHandler jettyErrorHandler() {
        return new JettyErrors();
    }

    private static final class JettyErrors extends ErrorHandler {
        @Override
        protected void generateResponse(
                Request request, Response response, int code, String message, Throwable cause, Callback callback) {
            if (cause != null && code >= 500) {
                LOG.error(
                        "{} {} failed",
                        request.getMethod(),
                        request.getHttpURI().getPath(),
                        cause);
            }
            String shown = message;
            if (cause != null) {
                Failure failure = map(cause);
                shown = failure.message();
            }
            boolean html = prefersHtml(request.getHeaders().get(HttpHeader.ACCEPT));
            response.getHeaders()
                    .put(HttpHeader.CONTENT_TYPE, (html ? "text/html" : "application/json") + ";charset=utf-8");
            response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
            response.write(true, ByteBuffer.wrap(body(html, code, shown)), callback);
        }
    }
}

package org.govgraph.server;

/**
 * A request that cannot be answered, with the HTTP status that says why. Servlets throw it
 * (or a layer's own exception) and {@link ErrorMapper} writes the response.
 */
public final class HttpError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;

    public HttpError(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }

    public static HttpError badRequest(String message) {
        return new HttpError(400, message);
    }

    public static HttpError notFound(String message) {
        return new HttpError(404, message);
    }

    public static HttpError notAcceptable(String message) {
        return new HttpError(406, message);
    }

    public static HttpError tooLarge(String message) {
        return new HttpError(413, message);
    }

    public static HttpError unavailable(String message) {
        return new HttpError(503, message);
    }
}

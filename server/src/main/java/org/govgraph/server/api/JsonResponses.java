package org.govgraph.server.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.jena.atlas.web.AcceptList;
import org.govgraph.server.HttpError;

/** Writes API results as JSON with Jackson. */
public final class JsonResponses {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final AcceptList JSON_ONLY = AcceptList.create("application/json");

    private JsonResponses() {}

    /**
     * Fails with 406 when the request's Accept header admits no JSON: a client that asked for
     * an image or CSV should be told, not handed JSON it will misread. Call it before the work.
     */
    static void requireJsonAcceptable(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        if (acceptsJson(accept)) {
            return;
        }
        throw HttpError.notAcceptable(
                "This API answers in JSON (application/json); the request accepts only: " + accept);
    }

    /** Whether an Accept header (null or blank: anything) admits this API's JSON answers. */
    public static boolean acceptsJson(String accept) {
        if (accept == null || accept.isBlank()) {
            return true;
        }
        // Jena's own content negotiation, as Fuseki uses it: media ranges, wildcards and q-values.
        return AcceptList.match(new AcceptList(accept), JSON_ONLY) != null;
    }

    static void write(HttpServletResponse response, Object value) throws IOException {
        response.setContentType("application/json;charset=utf-8");
        JSON.writeValue(response.getOutputStream(), value);
    }
}

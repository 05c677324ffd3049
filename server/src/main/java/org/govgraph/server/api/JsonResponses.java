package org.govgraph.server.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Writes API results as JSON with Jackson. */
final class JsonResponses {
    static final ObjectMapper JSON = new ObjectMapper();

    private JsonResponses() {
    }

    static void write(HttpServletResponse response, Object value) throws IOException {
        response.setContentType("application/json;charset=utf-8");
        JSON.writeValue(response.getOutputStream(), value);
    }
}

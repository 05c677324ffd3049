package org.govgraph.server.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** {@code /api/openapi.json}: the OpenAPI 3 description of the API routes, built from the route table. */
public final class OpenApiServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("application/json;charset=utf-8");
        JSON.writerWithDefaultPrettyPrinter().writeValue(response.getOutputStream(), OpenApiDocument.build());
    }
}

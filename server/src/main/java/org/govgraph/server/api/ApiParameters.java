package org.govgraph.server.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import org.govgraph.server.HttpError;

/** Reads and checks query parameters of the JSON API; a bad one is a 400 that names it. */
final class ApiParameters {
    private final HttpServletRequest request;

    ApiParameters(HttpServletRequest request) {
        this.request = request;
    }

    String text(String name, String fallback) {
        String value = request.getParameter(name);
        return value == null ? fallback : value;
    }

    String required(String name) {
        String value = request.getParameter(name);
        if (value == null) {
            throw HttpError.badRequest("The parameter '" + name + "' is required");
        }
        return value;
    }

    int integer(String name, int fallback) {
        String value = request.getParameter(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw HttpError.badRequest("The parameter '" + name + "' must be a whole number; got '" + value + "'");
        }
    }

    /** Every value of a repeatable parameter, also accepting comma-separated lists. */
    List<String> list(String name) {
        String[] values = request.getParameterValues(name);
        if (values == null) {
            return List.of();
        }
        return Arrays.stream(values)
                .flatMap(v -> Arrays.stream(v.split(",")))
                .map(String::strip)
                .filter(v -> !v.isEmpty())
                .toList();
    }
}

package org.govgraph.server.sparql;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;

/**
 * A request whose Accept header lists only the media ranges its client accepts: those
 * with {@code q=0} ("not acceptable", RFC 9110) are taken out, because Fuseki's content
 * negotiation would pick them like any other.
 */
public final class WithAccept extends HttpServletRequestWrapper {
    private final String accept;

    private WithAccept(HttpServletRequest request, String accept) {
        super(request);
        this.accept = accept;
    }

    /** The request with its q=0 ranges removed (as it is when it has none). */
    public static HttpServletRequest of(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        if (accept == null) {
            return request;
        }
        String acceptable = acceptable(accept);
        return acceptable.equals(accept) ? request : new WithAccept(request, acceptable);
    }

    /** The ranges of {@code accept} whose quality is above zero, as an Accept header. */
    static String acceptable(String accept) {
        List<String> kept = new ArrayList<>();
        boolean dropped = false;
        for (String range : accept.split(",")) {
            if (zeroQuality(range)) {
                dropped = true;
            } else if (!range.isBlank()) {
                kept.add(range.strip());
            }
        }
        return dropped ? String.join(", ", kept) : accept;
    }

    private static boolean zeroQuality(String range) {
        String[] parts = range.split(";");
        for (int i = 1; i < parts.length; i++) {
            String[] param = parts[i].strip().split("=", 2);
            if (param.length == 2 && param[0].strip().toLowerCase(Locale.ROOT).equals("q")) {
                try {
                    return Double.parseDouble(param[1].strip()) == 0;
                } catch (NumberFormatException e) {
                    return false;
                }
            }
        }
        return false;
    }

    @Override
    public String getHeader(String name) {
        return "Accept".equalsIgnoreCase(name) ? accept : super.getHeader(name);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
        return "Accept".equalsIgnoreCase(name) ? Collections.enumeration(List.of(accept)) : super.getHeaders(name);
    }
}

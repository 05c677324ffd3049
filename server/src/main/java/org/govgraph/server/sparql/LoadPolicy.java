package org.govgraph.server.sparql;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;

/**
 * Which URLs a SPARQL {@code LOAD} may make the server fetch: none by default (like
 * {@code SERVICE}), else those under an allowed prefix, and never a {@code file:} URL, whatever
 * the prefixes say, so that neither the server's files nor its network become public data.
 *
 * @param allowedPrefixes http(s) URL prefixes LOAD may read from
 */
public record LoadPolicy(List<String> allowedPrefixes) {
    /** LOAD refused altogether. */
    public static final LoadPolicy NONE = new LoadPolicy(List.of());

    public LoadPolicy {
        allowedPrefixes = List.copyOf(allowedPrefixes);
        for (String prefix : allowedPrefixes) {
            String p = prefix.toLowerCase(Locale.ROOT);
            if (!(p.startsWith("http://") || p.startsWith("https://")) || p.indexOf('/', p.indexOf("//") + 2) < 0) {
                throw new IllegalArgumentException("A LOAD prefix must be an http(s) URL with a host and a path,"
                        + " such as https://data.example.org/ (was '" + prefix + "')");
            }
        }
    }

    /**
     * Why an update may not run, if it may not: the first LOAD of a URL this policy refuses.
     * An update that does not parse is left to Fuseki, which answers it 400.
     */
    public Optional<String> refusal(String updateText) {
        UpdateRequest request;
        try {
            request = UpdateFactory.create(updateText);
        } catch (QueryParseException e) {
            return Optional.empty();
        }
        for (Update update : request.getOperations()) {
            if (update instanceof UpdateLoad load && !allows(load.getSource())) {
                return Optional.of(
                        allowedPrefixes.isEmpty()
                                ? "LOAD is disabled on this server: it would make the server fetch <" + load.getSource()
                                        + ">. Publish data with 'govgraph ingest', or start the server with --allow-load PREFIX"
                                : "LOAD may only read from " + String.join(", ", allowedPrefixes) + ", not <"
                                        + load.getSource() + ">");
            }
        }
        return Optional.empty();
    }

    /** Whether LOAD may read {@code url}. */
    public boolean allows(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        if (!(lower.startsWith("http://") || lower.startsWith("https://"))) {
            return false;
        }
        return allowedPrefixes.stream().anyMatch(url::startsWith);
    }
}

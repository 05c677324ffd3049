package org.govgraph.server.cache;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.fuseki.DEF;
import org.apache.jena.fuseki.system.ConNeg;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.riot.WebContent;
import org.apache.jena.shared.impl.PrefixMappingImpl;
import org.govgraph.server.api.JsonResponses;
import org.govgraph.server.pages.EntityFormat;

/**
 * What an answer depends on, and nothing more: the release it comes from, the request (the
 * route, a SPARQL query in ARQ's serialisation of its parse, the other parameters in one
 * order) and the format it is written in, as the server's content negotiation picks it from
 * {@code Accept}. Two requests with one key get the same bytes, so they share one cache
 * entry and one entity tag; {@code Accept} headers that pick the same format share them too.
 * {@code Accept-Language} is not part of it: no answer of the cached routes varies by it.
 *
 * @param release the id of the release the answer comes from
 * @param request the route and its normalised parameters
 * @param format  the media type the answer is written in (or, for a route whose negotiation
 *                the cache does not know, the {@code Accept} header as sent)
 */
public record QueryKey(String release, String request, String format) {
    /** The base Fuseki parses queries against, so a relative IRI resolves here as it does there. */
    static final String FUSEKI_BASE = "http://server/unset-base/";
    /** Parameters that choose the format themselves (Fuseki's {@code output=}, {@code force-accept=}, ...). */
    private static final Set<String> FORMAT_PARAMETERS = Set.of("output", "format", "results", "force-accept");
    /** The format of a request that names it in a parameter: the parameter, part of the key, says which. */
    private static final String BY_PARAMETER = "by parameter";

    /**
     * The key of a SPARQL query; empty when its answer is not kept: the query does not parse
     * (Fuseki says why), its answer is not a function of the data ({@link StableQuery}), or
     * no format it can be written in is acceptable (a 406 is not kept).
     *
     * @param accept     the request's Accept header without its {@code q=0} ranges, null when it sent none
     * @param parameters the request's other parameters by name, values in the order sent
     */
    public static Optional<QueryKey> sparql(
            String release, String path, String query, String accept, SortedMap<String, List<String>> parameters) {
        Query parsed;
        try {
            parsed = QueryFactory.create(query, FUSEKI_BASE, Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            return Optional.empty();
        }
        if (!StableQuery.isStable(parsed)) {
            return Optional.empty();
        }
        Optional<String> format = chosenByParameter(parameters, FORMAT_PARAMETERS)
                ? Optional.of(BY_PARAMETER)
                : negotiated(parsed, accept);
        return format.map(
                f -> new QueryKey(release, path + '\n' + normalised(parsed, f) + parameterLines(parameters), f));
    }

    /**
     * The key of another read route: entity pages negotiate as the entity servlet does, the
     * JSON API answers JSON or 406; for any other route the Accept header itself is the format.
     */
    public static Optional<QueryKey> route(
            String release, String path, String accept, SortedMap<String, List<String>> parameters) {
        Optional<String> format;
        if (chosenByParameter(parameters, Set.of("format"))) {
            format = Optional.of(BY_PARAMETER);
        } else if (path.startsWith("/id/")) {
            format = EntityFormat.negotiate(accept).map(EntityFormat::mediaType);
        } else if (path.startsWith("/api/")) {
            format = JsonResponses.acceptsJson(accept) ? Optional.of(WebContent.contentTypeJSON) : Optional.empty();
        } else {
            format = Optional.of(accept == null ? "" : accept);
        }
        return format.map(f -> new QueryKey(release, path + parameterLines(parameters), f));
    }

    /** Whether a parameter names the format; a blank one does not (Fuseki and the pages ignore it). */
    private static boolean chosenByParameter(SortedMap<String, List<String>> parameters, Set<String> names) {
        return names.stream()
                .map(parameters::get)
                .anyMatch(values -> values != null && values.stream().anyMatch(v -> !v.isBlank()));
    }

    /**
     * The format Fuseki writes this query's answer in, chosen as Fuseki chooses it: its offer
     * table for the query's form, and its default when the client sent no Accept header.
     */
    private static Optional<String> negotiated(Query query, String accept) {
        if (query.isJsonType()) {
            return Optional.of(WebContent.contentTypeJSON);
        }
        AcceptList offer;
        MediaType byDefault;
        if (query.isSelectType()) {
            offer = DEF.rsOfferTable;
            byDefault = DEF.acceptResultSetXML;
        } else if (query.isAskType()) {
            offer = DEF.rsOfferBoolean;
            byDefault = DEF.acceptResultSetXML;
        } else {
            offer = DEF.constructOffer;
            byDefault = DEF.acceptTurtle;
        }
        if (accept == null) {
            return Optional.of(byDefault.getContentTypeStr());
        }
        // An Accept that matches nothing is a 406 here (AcceptableResultFilter), not Fuseki's default.
        try {
            return Optional.ofNullable(ConNeg.match(accept, offer)).map(MediaType::getContentTypeStr);
        } catch (RuntimeException malformed) {
            return Optional.empty();
        }
    }

    /**
     * The query as ARQ writes it back: spacing, comments and keyword case are gone. Its
     * prefixes are written out in full unless the answer prints them (a graph in Turtle,
     * JSON-LD or TriG, a table as text, any format named by a parameter), so {@code ex:}
     * and {@code e:} for one namespace are one question.
     */
    private static String normalised(Query query, String format) {
        Query copy = query.cloneQuery();
        // A format named by a parameter may be text too: its prefixes are kept, to be safe.
        boolean printsPrefixes = copy.isConstructType()
                || copy.isDescribeType()
                || WebContent.contentTypeTextPlain.equals(format)
                || BY_PARAMETER.equals(format);
        if (!printsPrefixes) {
            copy.setPrefixMapping(new PrefixMappingImpl());
        }
        return copy.serialize(Syntax.syntaxARQ);
    }

    private static String parameterLines(SortedMap<String, List<String>> parameters) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, List<String>> p : parameters.entrySet()) {
            for (String value : p.getValue()) {
                out.append('\n').append(p.getKey()).append('=').append(value);
            }
        }
        return out.toString();
    }

    /**
     * A strong entity tag: the release and a digest of the rest. It is computed from the key
     * alone, so a revalidation needs no stored answer, and a new release changes every tag.
     */
    public String etag() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(request.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(format.getBytes(StandardCharsets.UTF_8));
            return "\"" + release + "-" + HexFormat.of().formatHex(sha.digest(), 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Roughly what the key costs in memory, for the cache's byte bound. */
    int weight() {
        return 64 + 2 * (release.length() + request.length() + format.length());
    }
}

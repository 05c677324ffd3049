package org.govgraph.model;

import java.io.ByteArrayOutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Mints every IRI that govgraph publishes: entities under {@code {base}id/...}, graphs
 * under {@code {base}graph/...}.
 *
 * <p>This is the only class that builds IRIs, so the identifier policy of docs/architecture.md is
 * kept in one place. Keys come from source data and are percent-encoded as one path
 * segment each (RFC 3986 unreserved characters stay, everything else is UTF-8 %XX), so a
 * key such as {@code "A/B C"} can never add a path level or break the IRI.
 */
public final class Iris {
    /** The base used when none is configured: what {@code govgraph serve} answers by default. */
    public static final String DEFAULT_BASE = "http://localhost:8080/";

    private static final String SOURCE_GRAPHS = "graph/source/";

    private final String base;

    public Iris(String base) {
        Objects.requireNonNull(base, "base");
        if (!base.endsWith("/")) {
            throw new IllegalArgumentException("The base IRI must end with '/': " + base);
        }
        if (!base.startsWith("http://") && !base.startsWith("https://")) {
            throw new IllegalArgumentException("The base IRI must be http(s): " + base);
        }
        this.base = base;
    }

    public static Iris defaults() {
        return new Iris(DEFAULT_BASE);
    }

    public String base() {
        return base;
    }

    // --- graphs -------------------------------------------------------------------------

    public Node ontologyGraph() {
        return iri("graph/ontology");
    }

    public Node catalogGraph() {
        return iri("graph/catalog");
    }

    public Node sourceGraph(String sourceId) {
        return iri(SOURCE_GRAPHS + segment(sourceId));
    }

    /** The IRI every source graph's name starts with, {@code {base}graph/source/}. */
    public String sourceGraphPrefix() {
        return base + SOURCE_GRAPHS;
    }

    /** The source whose graph {@code graph} is: the inverse of {@link #sourceGraph}; empty for any other node. */
    public Optional<String> sourceOf(Node graph) {
        String prefix = sourceGraphPrefix();
        if (graph == null
                || !graph.isURI()
                || !graph.getURI().startsWith(prefix)
                || graph.getURI().length() == prefix.length()) {
            return Optional.empty();
        }
        return Optional.of(URLDecoder.decode(graph.getURI().substring(prefix.length()), StandardCharsets.UTF_8));
    }

    // --- entities -----------------------------------------------------------------------

    /** A country by ISO 3166-1 alpha-3 code, e.g. {@code id/country/MYS}. */
    public Node country(String iso3) {
        return id("country", iso3);
    }

    /** An organisation within a national scheme, e.g. {@code id/org/ca/aafc-aac}. */
    public Node organisation(String scheme, String key) {
        return id("org", scheme, key);
    }

    /** A public service within a national scheme, e.g. {@code id/service/ca/3595}. */
    public Node service(String scheme, String key) {
        return id("service", scheme, key);
    }

    /** What one service reported for one period, e.g. {@code id/report/ca/3595/2023-2024}. */
    public Node serviceReport(String scheme, String serviceKey, String period) {
        return id("report", scheme, serviceKey, period);
    }

    /** The online status of one stage of a service or report: {@code {owner}/stage/{stage}}. */
    public Node stageStatus(Node owner, String stageKey) {
        return NodeFactory.createURI(owner.getURI() + "/stage/" + segment(stageKey));
    }

    /** A service standard, e.g. {@code id/standard/ca/3261}. */
    public Node serviceStandard(String scheme, String key) {
        return id("standard", scheme, key);
    }

    /**
     * A service standard whose key is unique only within its service, e.g.
     * {@code id/standard/ca/1912/2250} (Canada's standard ids repeat across departments).
     */
    public Node serviceStandard(String scheme, String serviceKey, String standardKey) {
        return id("standard", scheme, serviceKey, standardKey);
    }

    /** A statistical observation, e.g. {@code id/obs/egdi/2022/MYS}. */
    public Node observation(String dataset, String period, String area) {
        return id("obs", dataset, period, area);
    }

    /** An observation with more than one key beyond the period, e.g. an indicator and its kind. */
    public Node observation(String dataset, String... keys) {
        String[] all = new String[keys.length + 1];
        all[0] = dataset;
        System.arraycopy(keys, 0, all, 1, keys.length);
        return id("obs", all);
    }

    /**
     * The service-delivery statistics of one inventory source, computed at ingest: a Data Cube
     * data set, e.g. {@code id/cube/service-stats/ca-si}; its observations are minted under it,
     * {@code {cube}/{organisation}} (the part of the organisation's IRI after {@code id/org/}).
     */
    public Node serviceStatsCube(String sourceId) {
        return id("cube", "service-stats", sourceId);
    }

    /**
     * The stage statistics of one inventory source: {@code id/cube/service-stats/{source}/stages},
     * observations {@code {cube}/{organisation}/{stage}}.
     */
    public Node stageStatsCube(String sourceId) {
        return serviceStatsSlice(sourceId, "stages");
    }

    /**
     * A slice of the service statistics of one inventory source by one more dimension:
     * {@code id/cube/service-stats/{source}/{slice}} ({@code stages}, {@code channels},
     * {@code types}, {@code years}), observations {@code {cube}/{organisation}/{code}}.
     */
    public Node serviceStatsSlice(String sourceId, String slice) {
        return id("cube", "service-stats", sourceId, slice);
    }

    /** An indicator that observations measure, e.g. {@code id/indicator/my/services_total}. */
    public Node indicator(String scheme, String key) {
        return id("indicator", scheme, key);
    }

    /** The data set of one source, e.g. {@code id/dataset/un-egdi}: a DCAT dataset series. */
    public Node dataset(String sourceId) {
        return id("dataset", sourceId);
    }

    /** One release of a source's data set, e.g. {@code id/dataset/un-egdi/release/20261127T050000Z}. */
    public Node release(String sourceId, String releaseId) {
        return id("dataset", sourceId, "release", releaseId);
    }

    /** One file of one release, e.g. {@code id/dataset/un-egdi/release/R/dist/egdi.csv}. */
    public Node distribution(String sourceId, String releaseId, String fileName) {
        return id("dataset", sourceId, "release", releaseId, "dist", fileName);
    }

    /** The ingest activity that produced a release (PROV-O). */
    public Node ingestActivity(String sourceId, String releaseId) {
        return id("activity", "ingest", sourceId, releaseId);
    }

    /** The catalog that lists every data set. */
    public Node catalog() {
        return iri("catalog");
    }

    /** The whole platform as one VoID data set, every graph its subset: a fragment of the {@code /void} document. */
    public Node platformDataset() {
        return iri("void#platform");
    }

    /** The store itself, which carries the store-wide release stamp. */
    public Node storeNode() {
        return id("store");
    }

    /** {@code {base}id/{kind}/{key}...}, each key percent-encoded as one segment. */
    public Node id(String kind, String... keys) {
        StringBuilder path = new StringBuilder("id/").append(segment(kind));
        for (String key : keys) {
            path.append('/').append(segment(key));
        }
        return iri(path.toString());
    }

    /** True when the IRI was minted for this base (the server answers only these). */
    public boolean isOwn(String iri) {
        return iri.startsWith(base);
    }

    private Node iri(String path) {
        return NodeFactory.createURI(base + path);
    }

    /**
     * Percent-encodes a key as one path segment. Blank and empty keys are refused: an
     * identifier minted from nothing would merge unrelated entities.
     */
    public static String segment(String key) {
        Objects.requireNonNull(key, "key");
        if (key.isBlank()) {
            throw new IllegalArgumentException("An identifier key must not be blank");
        }
        byte[] bytes = key.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + 8);
        for (byte b : bytes) {
            int c = b & 0xff;
            if (isUnreserved(c)) {
                out.write(c);
            } else {
                out.write('%');
                out.write(Character.toUpperCase(Character.forDigit(c >> 4, 16)));
                out.write(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString(StandardCharsets.US_ASCII);
    }

    private static boolean isUnreserved(int c) {
        return (c >= 'A' && c <= 'Z')
                || (c >= 'a' && c <= 'z')
                || (c >= '0' && c <= '9')
                || c == '-'
                || c == '.'
                || c == '_'
                || c == '~';
    }
}

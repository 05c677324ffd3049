package org.govgraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.exec.QueryExec;
import org.govgraph.model.Iris;
import org.govgraph.model.Ontology;

/**
 * The service statistics cube of one release of an inventory: the query kept as the data file
 * {@code cube/service-stats.rq} (a derivation is a file, not a class), run over the source's
 * graph as stored, its result checked against the SHACL shapes before it joins the release.
 * Computed once per release, so that the whole-inventory figures (services and end-to-end
 * online services per organisation, each stage's online/offline/not-applicable counts) answer
 * from a few hundred observations instead of a scan of every service.
 */
public final class ServiceStatistics {
    /** The query on the class path. */
    public static final String QUERY_RESOURCE = "cube/service-stats.rq";

    private static final Query QUERY = QueryFactory.create(read(QUERY_RESOURCE));

    private ServiceStatistics() {}

    /**
     * The cube of {@code sourceId} computed from {@code source}; empty when it holds no public
     * services.
     *
     * @throws IngestException when the computed cube breaks a shape (the query and the shapes disagree)
     */
    public static Graph of(Graph source, Iris iris, String sourceId) {
        Graph cube;
        try (QueryExec exec = QueryExec.graph(source)
                .query(QUERY)
                .substitution("cube", iris.serviceStatsCube(sourceId))
                .substitution("stageCube", iris.stageStatsCube(sourceId))
                .build()) {
            cube = exec.construct();
        }
        ValidationReport report = ShaclValidator.get().validate(Ontology.shapes(), cube);
        if (!report.conforms()) {
            String first = report.getEntries().iterator().next().message();
            throw new IngestException("The service statistics of " + sourceId + " computed by " + QUERY_RESOURCE
                    + " break the shapes (" + report.getEntries().size() + " violations; first: " + first
                    + "): nothing was written");
        }
        return cube;
    }

    private static String read(String resource) {
        try (InputStream in = ServiceStatistics.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.govgraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.govgraph.model.Iris;
import org.govgraph.model.Ontology;
import org.govgraph.model.store.Release;
import org.govgraph.model.vocab.DCAT3;
import org.govgraph.model.vocab.QB;

/**
 * The service statistics cube of one release of an inventory: the query kept as the data file
 * {@code cube/service-stats.rq} (a derivation is a file, not a class), run over the source's
 * graph as stored, its result checked against the SHACL shapes before it joins the release.
 * Computed once per release, so that the whole-inventory figures (services and end-to-end
 * online services per organisation, and by channel, by service type; each stage's
 * online/offline/not-applicable counts; services reported per fiscal year) answer from a few
 * hundred observations instead of a scan of every service.
 */
public final class ServiceStatistics {
    /** The query on the class path. */
    public static final String QUERY_RESOURCE = "cube/service-stats.rq";

    private static final Query QUERY = QueryFactory.create(read(QUERY_RESOURCE));

    /**
     * One data set of the cube: the variable the query mints it from, its slice of the
     * source's cube IRI ({@code null} for the cube itself) and how the catalog
     * describes it.
     */
    record Part(String variable, String slice, String title, String description) {
        Node dataSet(Iris iris, String sourceId) {
            return slice == null ? iris.serviceStatsCube(sourceId) : iris.serviceStatsSlice(sourceId, slice);
        }
    }

    /** The data sets of the cube, as cube/service-stats.rq writes them. */
    static final List<Part> PARTS = List.of(
            new Part(
                    "cube",
                    null,
                    "Service statistics of ",
                    "Per organisation and its country: the number of services, of those whose end-to-end status is"
                            + " known and of those end-to-end online, computed at ingest from the release's services"
                            + " (a Data Cube of structure gg:serviceStatsStructure)."),
            new Part(
                    "stageCube",
                    "stages",
                    "Stage statistics of ",
                    "Per organisation, its country and service stage: the number of services with the stage online,"
                            + " offline and not applicable, computed at ingest from the release's services (a Data"
                            + " Cube of structure gg:stageStatsStructure)."),
            new Part(
                    "channelCube",
                    "channels",
                    "Channel statistics of ",
                    "Per organisation, its country and delivery channel: the number of services offered on the"
                            + " channel, of those whose end-to-end status is known and of those end-to-end online,"
                            + " computed at ingest from the release's services; a service with several channels"
                            + " counts under each (a Data Cube of structure gg:channelStatsStructure)."),
            new Part(
                    "typeCube",
                    "types",
                    "Service type statistics of ",
                    "Per organisation, its country and service type: the number of services of the type, of those"
                            + " whose end-to-end status is known and of those end-to-end online, computed at ingest"
                            + " from the release's services; a service with several types counts under each (a Data"
                            + " Cube of structure gg:typeStatsStructure)."),
            new Part(
                    "yearCube",
                    "years",
                    "Fiscal year statistics of ",
                    "Per organisation, its country and fiscal year: the number of services reported for the year,"
                            + " computed at ingest from the release's service reports (a Data Cube of structure"
                            + " gg:yearStatsStructure)."));

    private ServiceStatistics() {}

    /**
     * The cube of {@code sourceId} computed from {@code source}; empty when it holds no public
     * services.
     *
     * @throws IngestException when the computed cube breaks a shape (the query and the shapes disagree)
     */
    public static Graph of(Graph source, Iris iris, String sourceId) {
        Graph cube;
        QueryExecBuilder builder = QueryExec.graph(source).query(QUERY);
        for (Part part : PARTS) {
            builder.substitution(part.variable(), part.dataSet(iris, sourceId));
        }
        try (QueryExec exec = builder.build()) {
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

    /**
     * Adds to {@code catalog} a DCAT data set for each data set of {@code cube} (none when it is
     * empty), part of {@code release}: what a user reads in the catalog to find the figures.
     */
    public static void describe(Graph catalog, Iris iris, SourceInfo source, Release release, Graph cube) {
        Node releaseNode = iris.release(source.id(), release.releaseId());
        for (Part part : PARTS) {
            Node dataSet = part.dataSet(iris, source.id());
            if (!cube.contains(dataSet, RDF.type.asNode(), QB.DataSet.asNode())) {
                continue;
            }
            catalog.add(Triple.create(dataSet, RDF.type.asNode(), DCAT3.Dataset.asNode()));
            catalog.add(Triple.create(
                    dataSet,
                    DCTerms.title.asNode(),
                    NodeFactory.createLiteralLang(part.title() + source.title(), "en")));
            catalog.add(Triple.create(
                    dataSet, DCTerms.description.asNode(), NodeFactory.createLiteralLang(part.description(), "en")));
            catalog.add(Triple.create(releaseNode, DCTerms.hasPart.asNode(), dataSet));
        }
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

package org.govgraph.release.conformance;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.tdb2.TDB2;
import org.govgraph.model.store.Store;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The 21 integrity constraints of the RDF Data Cube Recommendation (section 11.1), one test
 * per entry of {@code conformance/data-cube-ic/manifest.ttl}, on the bundled data as SPARQL
 * sees it (the union of the named graphs), each within the server's default query time limit.
 * An entry whose query cannot be answered within the limit as written names, with
 * {@code gg:runAs}, an equivalent query that is run instead and says why it is equivalent
 * with {@code gg:equivalence} (IC-12; the equivalence is tested by GroupedDuplicateQueryTest).
 * An entry that the data does not yet meet says so with {@code gg:knownViolation} and its
 * reason; its test checks that the violation is still there, so that the manifest is
 * corrected when it is fixed.
 */
class DataCubeIntegrityIT {
    static final String MANIFEST = "conformance/data-cube-ic/manifest.ttl";
    static final String MF = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#";
    static final String GG = "https://w3id.org/govgraph/ns#";
    static final String KNOWN_VIOLATION = GG + "knownViolation";
    /** An equivalent query run in place of the Recommendation's, which the entry still names as its action. */
    static final String RUN_AS = GG + "runAs";
    /** Why the query run is equivalent to the Recommendation's: required beside {@link #RUN_AS}. */
    static final String EQUIVALENCE = GG + "equivalence";
    /** The server's default query time limit ({@code serve --query-timeout}). */
    static final long TIME_LIMIT_SECONDS = 30;

    static final String PROLOGUE = """
            PREFIX rdf:  <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX qb:   <http://purl.org/linked-data/cube#>
            PREFIX xsd:  <http://www.w3.org/2001/XMLSchema#>
            PREFIX owl:  <http://www.w3.org/2002/07/owl#>
            PREFIX eg:   <http://example.org/ns#>
            """;

    @TestFactory
    Stream<DynamicTest> everyIntegrityConstraintHolds() {
        URL manifestUrl = DataCubeIntegrityIT.class.getClassLoader().getResource(MANIFEST);
        Model manifest = ModelFactory.createDefaultModel();
        RDFDataMgr.read(manifest, manifestUrl.toString());
        Resource root = manifest.listSubjectsWithProperty(manifest.createProperty(MF, "entries"))
                .next();
        RDFList entries = root.getPropertyResourceValue(manifest.createProperty(MF, "entries"))
                .as(RDFList.class);
        List<DynamicTest> tests = new ArrayList<>();
        for (RDFNode n : entries.asJavaList()) {
            Resource entry = n.asResource();
            String name = entry.getProperty(manifest.createProperty(MF, "name")).getString();
            String action = entry.getPropertyResourceValue(manifest.createProperty(MF, "action"))
                    .getURI();
            Resource runAs = entry.getPropertyResourceValue(manifest.createProperty(RUN_AS));
            if (runAs != null) {
                assertTrue(
                        entry.hasProperty(manifest.createProperty(EQUIVALENCE)),
                        name + " is run as " + runAs.getURI()
                                + " without a gg:equivalence saying why that is the same test");
            }
            String run = runAs == null ? action : runAs.getURI();
            String shown = runAs == null ? name : name + " (run as " + run.substring(run.lastIndexOf('/') + 1) + ")";
            String known = entry.hasProperty(manifest.createProperty(KNOWN_VIOLATION))
                    ? entry.getProperty(manifest.createProperty(KNOWN_VIOLATION))
                            .getString()
                    : null;
            String comment =
                    entry.getProperty(org.apache.jena.vocabulary.RDFS.comment).getString();
            tests.add(DynamicTest.dynamicTest(name + ": " + comment, () -> check(shown, read(run), known)));
        }
        return tests.stream();
    }

    private static void check(String name, String query, String knownViolation) {
        Store store = BundledPlatform.get().store;
        long start = System.nanoTime();
        boolean violated = false;
        boolean timedOut = false;
        try {
            for (String instance : instances(store, query)) {
                violated |= ask(store, PROLOGUE + instance);
            }
        } catch (QueryCancelledException e) {
            // Not answered within the limit: the constraint cannot be shown to hold on /sparql.
            violated = timedOut = true;
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.printf(
                "%s: %s in %d ms%s%n",
                name,
                timedOut ? "NOT ANSWERED" : violated ? "VIOLATED" : "holds",
                ms,
                knownViolation == null ? "" : " (known: " + knownViolation + ")");
        if (knownViolation == null) {
            assertFalse(
                    violated,
                    name
                            + (timedOut
                                    ? " was not answered within " + TIME_LIMIT_SECONDS + " s"
                                    : " is violated by the bundled data"));
        } else {
            assertTrue(violated, name + " holds now: remove its gg:knownViolation from " + MANIFEST);
        }
    }

    /** IC-20 and IC-21 are templates over each qb:parentChildProperty; the others are one query. */
    private static List<String> instances(Store store, String query) {
        if (!query.contains("eg:child") && !query.contains("eg:parent")) {
            return List.of(query);
        }
        List<String> out = new ArrayList<>();
        store.read(() -> {
            try (QueryExecution qe = union(
                    store,
                    PROLOGUE
                            + "SELECT DISTINCT ?p WHERE { ?list a qb:HierarchicalCodeList ; qb:parentChildProperty ?p FILTER(isIRI(?p)) }")) {
                qe.execSelect().forEachRemaining(row -> {
                    String p = "<" + row.getResource("p").getURI() + ">";
                    out.add(query.replace("eg:child", p).replace("eg:parent", p));
                });
            }
            return null;
        });
        return out;
    }

    private static boolean ask(Store store, String query) {
        return store.read(() -> {
            try (QueryExecution qe = union(store, query)) {
                return qe.execAsk();
            }
        });
    }

    private static QueryExecution union(Store store, String query) {
        return QueryExecution.dataset(store.dataset())
                .query(query)
                .set(TDB2.symUnionDefaultGraph, true)
                .timeout(TIME_LIMIT_SECONDS, TimeUnit.SECONDS)
                .build();
    }

    private static String read(String url) {
        try (InputStream in = new URL(url).openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

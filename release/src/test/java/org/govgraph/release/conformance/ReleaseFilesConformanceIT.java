package org.govgraph.release.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.graph.GraphFactory;
import org.govgraph.release.publish.FileFormat;
import org.govgraph.release.publish.PublishedFile;
import org.govgraph.release.publish.Publisher;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every RDF file of every bundled release, downloaded and read alone, as someone without
 * the store would: it validates with the official CPSV-AP 3.2.0 shapes (so it carries the
 * code lists, ontology terms, Data Cube structure and countries it uses), and its JSON-LD
 * and N-Triples say exactly what its Turtle says.
 */
class ReleaseFilesConformanceIT {

    /** The RDF files of each bundled source's latest release. */
    private static List<Publisher.Publication> publications() {
        Publisher publisher = BundledPlatform.get().publisher;
        List<Publisher.Publication> out = new ArrayList<>();
        for (String sourceId : publisher.sourceIds()) {
            publisher.publish(sourceId).ifPresent(out::add);
        }
        assertTrue(out.size() >= 5, "bundled releases: " + out.size());
        return out;
    }

    static Graph read(PublishedFile file) {
        Lang lang = switch (file.format()) {
            case TURTLE_GZ -> Lang.TURTLE;
            case NTRIPLES_GZ -> Lang.NTRIPLES;
            case JSONLD -> Lang.JSONLD;
            default -> throw new IllegalArgumentException(file.fileName());
        };
        Graph g = GraphFactory.createDefaultGraph();
        try (InputStream raw = Files.newInputStream(file.path());
                InputStream in = file.format().gzip() ? new GZIPInputStream(raw) : raw) {
            RDFParser.source(in).lang(lang).parse(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return g;
    }

    private static boolean isRdf(PublishedFile f) {
        return f.format() == FileFormat.TURTLE_GZ
                || f.format() == FileFormat.NTRIPLES_GZ
                || f.format() == FileFormat.JSONLD;
    }

    @TestFactory
    List<DynamicTest> everyRdfFileValidatesAloneWithTheOfficialCpsvApShapes() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Publisher.Publication p : publications()) {
            for (PublishedFile f :
                    p.files().stream().filter(ReleaseFilesConformanceIT::isRdf).toList()) {
                tests.add(DynamicTest.dynamicTest(f.fileName(), () -> {
                    Graph data = read(f);
                    ValidationReport report = OfficialShapes.CPSV_AP.validate(data);
                    long violations = OfficialShapes.count(report, Severity.Violation);
                    System.out.println(
                            f.fileName() + ": " + violations + " CPSV-AP violations on " + data.size() + " triples");
                    OfficialShapes.summary(report, Severity.Violation)
                            .forEach((k, n) -> System.out.println("  " + n + "  " + k));
                    assertEquals(
                            0, violations, f.fileName() + ":" + OfficialShapes.sample(report, Severity.Violation, 20));
                }));
            }
        }
        return tests;
    }

    @TestFactory
    List<DynamicTest> theJsonLdAndNTriplesOfEveryReleaseHaveExactlyTheTriplesOfItsTurtle() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Publisher.Publication p : publications()) {
            PublishedFile turtle = p.files().stream()
                    .filter(f -> f.format() == FileFormat.TURTLE_GZ)
                    .findFirst()
                    .orElseThrow();
            for (PublishedFile f : p.files().stream()
                    .filter(f -> f.format() == FileFormat.JSONLD || f.format() == FileFormat.NTRIPLES_GZ)
                    .toList()) {
                tests.add(DynamicTest.dynamicTest(f.fileName(), () -> {
                    Graph expected = read(turtle);
                    Graph actual = read(f);
                    System.out.println(f.fileName() + ": " + actual.size() + " triples, " + turtle.fileName() + ": "
                            + expected.size());
                    assertEquals(expected.size(), actual.size(), f.fileName() + " against " + turtle.fileName());
                    assertTrue(
                            expected.isIsomorphicWith(actual),
                            f.fileName() + " is not isomorphic with " + turtle.fileName());
                }));
            }
        }
        return tests;
    }
}

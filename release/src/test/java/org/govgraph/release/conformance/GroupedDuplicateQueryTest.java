package org.govgraph.release.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

/**
 * IC-12 is run on the bundled data as {@code ic-12-grouped.rq}, because the Recommendation's
 * pairwise {@code ic-12.rq} is not answered within the time limit there: the two must answer
 * the same on any cube whose observations have one value per dimension. Checked here on small
 * in-memory cubes, written out and generated, against each other and against a brute-force
 * search for two observations of one data set with the same dimension values.
 */
class GroupedDuplicateQueryTest {
    private static final String DIR = "conformance/data-cube-ic/";
    private static final String W3C = read(DIR + "ic-12.rq");
    private static final String GROUPED = read(DIR + "ic-12-grouped.rq");
    private static final String QB = "http://purl.org/linked-data/cube#";
    private static final String EX = "http://example.org/";

    private static final String CUBE = """
            @prefix qb: <http://purl.org/linked-data/cube#> .
            @prefix ex: <http://example.org/> .
            ex:area a qb:DimensionProperty . ex:year a qb:DimensionProperty . ex:value a qb:MeasureProperty .
            ex:dsd qb:component [ qb:componentProperty ex:area ] , [ qb:componentProperty ex:year ] ,
                                [ qb:componentProperty ex:value ] .
            ex:cube qb:structure ex:dsd .
            ex:other qb:structure ex:dsd .
            ex:o1 qb:dataSet ex:cube ; ex:area ex:MYS ; ex:year 2022 ; ex:value 0.8 .
            ex:o2 qb:dataSet ex:cube ; ex:area ex:MYS ; ex:year 2024 ; ex:value 0.8 .
            ex:o3 qb:dataSet ex:cube ; ex:area ex:KEN ; ex:year 2024 ; ex:value 0.5 .
            # The same country and year as ex:o3, in another data set: not a duplicate
            ex:o4 qb:dataSet ex:other ; ex:area ex:KEN ; ex:year 2024 ; ex:value 0.6 .
            """;

    @Test
    void observationsThatDifferInADimensionAreNoDuplicates() {
        Model cube = parse(CUBE);
        assertFalse(ask(W3C, cube));
        assertFalse(ask(GROUPED, cube));
    }

    @Test
    void twoObservationsWithTheSameCountryAndYearInOneDataSetAreFound() {
        Model cube = parse(CUBE + "ex:o5 qb:dataSet ex:cube ; ex:area ex:KEN ; ex:year 2024 ; ex:value 0.7 .\n");
        assertTrue(ask(W3C, cube));
        assertTrue(ask(GROUPED, cube));
    }

    @Test
    void bothFormsAgreeWithABruteForceSearchOnGeneratedCubes() {
        Random random = new Random(12);
        int cubes = 200;
        int withDuplicates = 0;
        for (int i = 0; i < cubes; i++) {
            Model cube = ModelFactory.createDefaultModel();
            boolean expected = generate(random, cube);
            withDuplicates += expected ? 1 : 0;
            String which = "cube " + i + " (" + (expected ? "with" : "without") + " duplicates)";
            assertEquals(expected, ask(W3C, cube), "ic-12.rq on " + which);
            assertEquals(expected, ask(GROUPED, cube), "ic-12-grouped.rq on " + which);
        }
        // Both outcomes must have been tried for the comparison to mean anything.
        assertTrue(
                withDuplicates > cubes / 10 && withDuplicates < cubes * 9 / 10,
                withDuplicates + " of " + cubes + " cubes had duplicates");
    }

    @Test
    void aStructureWithMoreDimensionsThanTheGroupedFormComparesIsReportedNotPassed() {
        StringBuilder turtle = new StringBuilder("""
                @prefix qb: <http://purl.org/linked-data/cube#> .
                @prefix ex: <http://example.org/> .
                ex:cube qb:structure ex:dsd .
                ex:o1 qb:dataSet ex:cube .
                """);
        for (int d = 1; d <= 9; d++) {
            turtle.append("ex:d")
                    .append(d)
                    .append(" a qb:DimensionProperty .\n")
                    .append("ex:dsd qb:component [ qb:componentProperty ex:d")
                    .append(d)
                    .append(" ] .\n")
                    .append("ex:o1 ex:d")
                    .append(d)
                    .append(" ")
                    .append(d)
                    .append(" .\n");
        }
        Model cube = parse(turtle.toString());
        assertFalse(ask(W3C, cube), "one observation has no duplicate");
        assertTrue(ask(GROUPED, cube), "nine dimensions are more than ic-12-grouped.rq compares");
    }

    /**
     * One or two data sets, each with its own structure of one to four dimensions or sharing
     * one, and a few observations with one value per dimension drawn from a small pool (IRIs
     * for some dimensions, integers for others), so that duplicates arise by chance. Returns
     * whether two observations of one data set have the same values, found by brute force.
     */
    private static boolean generate(Random random, Model m) {
        Resource dimensionType = m.createResource(QB + "DimensionProperty");
        Property component = m.createProperty(QB, "component");
        Property componentProperty = m.createProperty(QB, "componentProperty");
        Property structure = m.createProperty(QB, "structure");
        Property dataSet = m.createProperty(QB, "dataSet");
        Property measure = m.createProperty(EX, "measure");
        m.add(measure, RDF.type, m.createResource(QB + "MeasureProperty"));
        int dataSets = 1 + random.nextInt(2);
        boolean shared = random.nextBoolean();
        boolean duplicate = false;
        int observation = 0;
        List<Property> sharedDimensions = dimensions(random, m);
        for (int d = 0; d < dataSets; d++) {
            Resource set = m.createResource(EX + "set" + d);
            Resource dsd = m.createResource(EX + "dsd" + (shared ? 0 : d));
            List<Property> dims = shared ? sharedDimensions : dimensions(random, m);
            m.add(set, structure, dsd);
            if (!m.contains(dsd, component)) {
                // a shared structure is written once
                for (Property dim : dims) {
                    m.add(dim, RDF.type, dimensionType);
                    m.add(dsd, component, m.createResource().addProperty(componentProperty, dim));
                }
                m.add(dsd, component, m.createResource().addProperty(componentProperty, measure));
            }
            Set<List<RDFNode>> seen = new HashSet<>();
            int count = 2 + random.nextInt(5);
            for (int o = 0; o < count; o++) {
                Resource obs = m.createResource(EX + "obs" + observation++);
                m.add(obs, dataSet, set);
                m.addLiteral(obs, measure, random.nextInt(100));
                List<RDFNode> values = new ArrayList<>();
                for (Property dim : dims) {
                    RDFNode value = dim.getLocalName().startsWith("n")
                            ? m.createTypedLiteral(random.nextInt(3))
                            : m.createResource(EX + "v" + random.nextInt(3));
                    m.add(obs, dim, value);
                    values.add(value);
                }
                duplicate |= !seen.add(values);
            }
        }
        return duplicate;
    }

    /** One to four dimension properties; those named n* take integer values. */
    private static List<Property> dimensions(Random random, Model m) {
        Map<Integer, String> names = new HashMap<>(Map.of(0, "area", 1, "nYear", 2, "kind", 3, "nEdition", 4, "sex"));
        List<Property> out = new ArrayList<>();
        int count = 1 + random.nextInt(4);
        while (out.size() < count) {
            String name = names.remove(random.nextInt(5));
            if (name != null) {
                out.add(m.createProperty(EX, name));
            }
        }
        return out;
    }

    private static boolean ask(String query, Model data) {
        try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(data))
                .query(DataCubeIntegrityIT.PROLOGUE + query)
                .build()) {
            return qe.execAsk();
        }
    }

    private static Model parse(String turtle) {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(turtle, Lang.TURTLE).parse(m);
        return m;
    }

    private static String read(String resource) {
        try (InputStream in = GroupedDuplicateQueryTest.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

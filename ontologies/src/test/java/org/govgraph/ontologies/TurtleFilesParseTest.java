package org.govgraph.ontologies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every Turtle file of the module parses with RIOT in strict mode. */
class TurtleFilesParseTest {

    static Stream<Path> turtleFiles() {
        return Stream.concat(
                Fixtures.turtleFiles(Fixtures.MAIN).stream(), Fixtures.turtleFiles(Fixtures.FIXTURES).stream());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("turtleFiles")
    void parsesStrictly(Path file) {
        Graph g = Fixtures.parse(file);
        assertFalse(g.isEmpty(), file + " is empty");
    }

    @Test
    void theExpectedResourcesAreOnTheClassPath() {
        for (String r : Fixtures.GRAPH_RESOURCES) {
            assertFalse(Fixtures.resource(r).isEmpty(), r);
        }
        assertFalse(Fixtures.resource(Fixtures.SHAPES).isEmpty());
    }

    @Test
    void everyMainFileIsOneTheModelLoads() {
        List<String> onDisk = Fixtures.turtleFiles(Fixtures.MAIN).stream()
                .map(p -> "ontologies/" + Fixtures.MAIN.relativize(p).toString().replace('\\', '/'))
                .sorted()
                .toList();
        List<String> loaded = Stream.concat(Fixtures.GRAPH_RESOURCES.stream(), Stream.of(Fixtures.SHAPES))
                .sorted()
                .toList();
        assertEquals(loaded, onDisk);
        assertTrue(Files.isDirectory(Fixtures.FIXTURES.resolve("good")));
    }
}

package org.govgraph.server.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;

class ExampleQueriesTest {
    @Test
    void thereAreFourteenExamplesEachWithATitleAndEachParses() {
        var all = ExampleQueries.all();
        assertEquals(14, all.size());
        for (var e : all) {
            assertFalse(e.title().isBlank(), e.id());
            QueryFactory.create(e.query()); // throws QueryParseException naming line and column
        }
    }

    @Test
    void theIndexSaysWhichExamplesAnswerFromTheCube() {
        assertEquals(
                List.of("03-canada-end-to-end-share", "08-canada-stage-status", "13-services-by-channel"),
                ExampleQueries.all().stream()
                        .filter(ExampleQueries.Example::fromCube)
                        .map(ExampleQueries.Example::id)
                        .toList());
    }
}

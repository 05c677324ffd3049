package org.govgraph.server.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;

class ExampleQueriesTest {
    @Test
    void thereAreTenExamplesEachWithATitleAndEachParses() {
        var all = ExampleQueries.all();
        assertEquals(10, all.size());
        for (var e : all) {
            assertFalse(e.title().isBlank(), e.id());
            QueryFactory.create(e.query()); // throws QueryParseException naming line and column
        }
    }
}

package org.govgraph.server.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class EntityFormatTest {
    @Test
    void browsersGetHtml() {
        assertEquals(
                Optional.of(EntityFormat.HTML),
                EntityFormat.negotiate(
                        "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8"));
    }

    @Test
    void machinesGetTheRdfSyntaxTheyAskFor() {
        assertEquals(Optional.of(EntityFormat.TURTLE), EntityFormat.negotiate("text/turtle"));
        assertEquals(Optional.of(EntityFormat.JSONLD), EntityFormat.negotiate("application/ld+json"));
        assertEquals(Optional.of(EntityFormat.NTRIPLES), EntityFormat.negotiate("application/n-triples"));
        assertEquals(
                Optional.of(EntityFormat.TURTLE),
                EntityFormat.negotiate("application/n-triples;q=0.5, text/turtle;q=0.9"));
    }

    @Test
    void anythingOrNothingGetsHtml() {
        assertEquals(Optional.of(EntityFormat.HTML), EntityFormat.negotiate("*/*"));
        assertEquals(Optional.of(EntityFormat.HTML), EntityFormat.negotiate(null));
    }

    @Test
    void anUnsupportedTypeGetsNothing() {
        assertTrue(EntityFormat.negotiate("application/pdf").isEmpty());
    }

    @Test
    void theFormatParameterNamesAFormat() {
        assertEquals(Optional.of(EntityFormat.JSONLD), EntityFormat.byParam("jsonld"));
        assertTrue(EntityFormat.byParam("pdf").isEmpty());
    }
}

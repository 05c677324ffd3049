package org.govgraph.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class IrisTest {
    private final Iris iris = new Iris("https://data.example.org/");

    @Test
    void mintsIdentifiersAsDesignSays() {
        assertEquals(
                "https://data.example.org/id/country/MYS", iris.country("MYS").getURI());
        assertEquals(
                "https://data.example.org/id/org/ca/aafc-aac",
                iris.organisation("ca", "aafc-aac").getURI());
        assertEquals(
                "https://data.example.org/id/service/ca/3595",
                iris.service("ca", "3595").getURI());
        assertEquals(
                "https://data.example.org/id/obs/egdi/2022/MYS",
                iris.observation("egdi", "2022", "MYS").getURI());
        assertEquals(
                "https://data.example.org/graph/source/ca-si",
                iris.sourceGraph("ca-si").getURI());
        assertEquals(
                "https://data.example.org/graph/ontology", iris.ontologyGraph().getURI());
        assertEquals(
                "https://data.example.org/graph/catalog", iris.catalogGraph().getURI());
    }

    @Test
    void keysArePercentEncodedAsOneSegment() {
        assertEquals(
                "https://data.example.org/id/service/ca/A%2FB%20C",
                iris.service("ca", "A/B C").getURI());
        assertEquals(
                "https://data.example.org/id/org/ke/C%C3%B4te%3F%23",
                iris.organisation("ke", "Côte?#").getURI());
        assertEquals("a-b.c_d~e", Iris.segment("a-b.c_d~e"));
    }

    @Test
    void refusesBlankKeysAndBadBases() {
        assertThrows(IllegalArgumentException.class, () -> iris.service("ca", " "));
        assertThrows(IllegalArgumentException.class, () -> new Iris("http://example.org"));
        assertThrows(IllegalArgumentException.class, () -> new Iris("ftp://example.org/"));
    }

    @Test
    void stageStatusHangsUnderItsOwner() {
        assertEquals(
                "https://data.example.org/id/service/ca/1/stage/application",
                iris.stageStatus(iris.service("ca", "1"), Stage.APPLICATION.key())
                        .getURI());
    }

    @Test
    void aSourceGraphNamesItsSourceAndNoOtherNodeDoes() {
        for (String id : java.util.List.of("ca-si", "be ipdc+1", "région")) {
            assertEquals(java.util.Optional.of(id), iris.sourceOf(iris.sourceGraph(id)), id);
        }
        assertEquals(java.util.Optional.empty(), iris.sourceOf(iris.catalogGraph()));
        assertEquals(java.util.Optional.empty(), iris.sourceOf(iris.country("MYS")));
        assertEquals(java.util.Optional.empty(), iris.sourceOf(org.apache.jena.graph.NodeFactory.createBlankNode()));
        assertEquals(java.util.Optional.empty(), iris.sourceOf(null));
    }
}

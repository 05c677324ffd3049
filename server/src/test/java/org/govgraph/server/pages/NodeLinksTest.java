package org.govgraph.server.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.apache.jena.graph.NodeFactory;
import org.govgraph.model.Iris;
import org.junit.jupiter.api.Test;

class NodeLinksTest {
    private final NodeLinks links = new NodeLinks(new Iris("http://data.example.org/"));

    @Test
    void ownIrisLinkToThisServerAndOthersToThemselves() {
        assertEquals("/id/country/MYS", links.href("http://data.example.org/id/country/MYS"));
        assertEquals("https://w3id.org/govgraph/ns#egdi", links.href("https://w3id.org/govgraph/ns#egdi"));
    }

    @Test
    void onlyHttpIrisBecomeLinks() {
        assertNull(links.href("javascript:alert(1)"));
        assertNull(links.href("urn:isbn:123"));
        String shown = links.value(NodeFactory.createURI("javascript:alert(1)"), Map.of())
                .toString();
        assertFalse(shown.contains("href"));
    }

    @Test
    void propertiesShowTheirPrefixedNames() {
        assertEquals("gg:egdi", links.shortForm("https://w3id.org/govgraph/ns#egdi"));
        assertEquals("id:country/MYS", links.shortForm("http://data.example.org/id/country/MYS"));
    }

    @Test
    void literalsShowTheirLanguageAndAreEscaped() {
        String shown = links.value(NodeFactory.createLiteralLang("<b>Malaisie</b>", "fr"), Map.of())
                .toString();
        assertTrue(shown.contains("&lt;b&gt;Malaisie&lt;/b&gt;"));
        assertTrue(shown.contains("lang=\"fr\""));
    }
}

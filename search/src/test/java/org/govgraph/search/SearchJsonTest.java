package org.govgraph.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The response serialises with Jackson as the JSON shape. */
class SearchJsonTest {
    @Test
    void responseHasTheDocumentedShape() throws Exception {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("titleHtml", "<mark>Passport</mark> renewal");
        fields.put("online", "yes");
        SearchResponse r = new SearchResponse(
                "passport",
                1,
                1,
                20,
                List.of(new SearchHit(
                        "http://localhost:8080/id/service/ca/1001",
                        "service",
                        "Passport renewal",
                        "Renew a <mark>passport</mark>.",
                        1.5f,
                        fields)),
                Map.of("online", List.of(new FacetCount("yes", "End-to-end online", 1))),
                Matched.MOST);
        JsonNode json = new ObjectMapper().readTree(new ObjectMapper().writeValueAsString(r));
        assertEquals("passport", json.get("query").asText());
        assertEquals(1, json.get("total").asLong());
        assertEquals(1, json.get("page").asInt());
        assertEquals(20, json.get("size").asInt());
        JsonNode hit = json.get("results").get(0);
        assertEquals("http://localhost:8080/id/service/ca/1001", hit.get("iri").asText());
        assertEquals("service", hit.get("kind").asText());
        assertEquals("Passport renewal", hit.get("title").asText());
        assertEquals("Renew a <mark>passport</mark>.", hit.get("snippet").asText());
        assertEquals(1.5, hit.get("score").asDouble(), 1e-6);
        assertEquals("yes", hit.get("online").asText(), "extra fields sit beside the others");
        assertFalse(hit.has("fields"));
        JsonNode facet = json.get("facets").get("online").get(0);
        assertEquals("yes", facet.get("value").asText());
        assertEquals("End-to-end online", facet.get("label").asText());
        assertEquals(1, facet.get("count").asLong());
        assertEquals("most", json.get("matched").asText(), "all, most or approximate");
        assertFalse(json.get("approximate").asBoolean());
    }
}

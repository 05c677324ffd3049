package org.govgraph.search.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.govgraph.model.store.Store;

/** Entities as two readers make them, and the assertion that they are the same, entity by entity, field by field. */
final class EntityDocuments {
    private EntityDocuments() {}

    static List<IndexedEntity> byGraphWalk(Store store) {
        List<IndexedEntity> out = new ArrayList<>();
        store.read(() -> {
            new GraphWalkEntityReader(store.datasetGraph(), store.iris()).forEach(out::add);
            return null;
        });
        return out;
    }

    static List<IndexedEntity> byDefinitions(Store store) {
        List<IndexedEntity> out = new ArrayList<>();
        store.read(() -> {
            new EntityReader(store.datasetGraph(), store.iris()).forEach(out::add);
            return null;
        });
        return out;
    }

    static void assertSame(List<IndexedEntity> expected, List<IndexedEntity> actual) {
        int n = Math.min(expected.size(), actual.size());
        for (int i = 0; i < n; i++) {
            IndexedEntity e = expected.get(i);
            IndexedEntity a = actual.get(i);
            String where = "entity " + i + " " + e.iri();
            assertEquals(e.iri(), a.iri(), "entity " + i);
            assertEquals(e.kind(), a.kind(), where + " kind");
            assertEquals(e.titles(), a.titles(), where + " titles");
            assertEquals(e.descriptions(), a.descriptions(), where + " descriptions");
            assertEquals(e.context(), a.context(), where + " context");
            e.facets().forEach((f, values) -> assertEquals(values, a.facets().get(f), where + " facet " + f.id()));
            assertEquals(e.facets().keySet(), a.facets().keySet(), where + " facets");
        }
        assertEquals(expected.size(), actual.size(), "entities");
    }
}

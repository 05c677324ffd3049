package org.govgraph.search.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.govgraph.model.Iris;
import org.govgraph.model.store.Store;
import org.govgraph.search.FixtureAccess;
import org.junit.jupiter.api.Test;

/** The entities the index definitions read out of the fixture store. */
class EntityReaderTest {
    @Test
    void theDefinitionsReadTheSameDocumentsAsTheGraphWalk() {
        try (Store store = Store.inMemory(Iris.defaults())) {
            FixtureAccess.load(store);
            List<IndexedEntity> expected = EntityDocuments.byGraphWalk(store);
            assertEquals(26, expected.size());
            EntityDocuments.assertSame(expected, EntityDocuments.byDefinitions(store));
        }
    }
}

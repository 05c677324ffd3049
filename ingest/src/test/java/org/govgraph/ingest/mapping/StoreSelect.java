package org.govgraph.ingest.mapping;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QueryExecution;
import org.govgraph.model.store.Store;

/** What the integration tests of the mapped sources ask their store: the first column of a SELECT, or how many rows a pattern has. */
final class StoreSelect {
    private StoreSelect() {}

    static long count(Store store, String prefixes, String pattern) {
        return strings(store, prefixes, "SELECT (STR(COUNT(*)) AS ?n) WHERE { { SELECT * WHERE { " + pattern + " } } }")
                .stream()
                .mapToLong(Long::parseLong)
                .findFirst()
                .orElse(0);
    }

    static List<String> strings(Store store, String prefixes, String select) {
        return store.read(() -> {
            try (QueryExecution q = QueryExecution.dataset(store.dataset())
                    .query(prefixes + select)
                    .build()) {
                List<String> out = new ArrayList<>();
                q.execSelect()
                        .forEachRemaining(row -> out.add(
                                row.get(row.varNames().next()).asLiteral().getLexicalForm()));
                return out;
            }
        });
    }
}

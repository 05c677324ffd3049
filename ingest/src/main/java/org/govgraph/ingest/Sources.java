package org.govgraph.ingest;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The table of sources govgraph can ingest, by id: the one place a new adapter, or a new
 * bundled mapping file, is added.
 * The command line, the demo and the catalog all read it.
 */
public final class Sources {
    private static final Map<String, Supplier<SourceAdapter>> ADAPTERS = new LinkedHashMap<>();

    static {
        // One line per source, in the order the demo ingests them (reference data first).
        ADAPTERS.put("un-egdi", org.govgraph.ingest.egdi.EgdiSource::new);
        ADAPTERS.put("my-psdsp", org.govgraph.ingest.malaysia.MalaysiaPsdspSource::new);
        // A mapping file, not an adapter class: mappings/ke-ecitizen.yaml.
        ADAPTERS.put("ke-ecitizen", () -> org.govgraph.ingest.mapping.MappedSource.bundled("ke-ecitizen"));
        ADAPTERS.put("ca-si", org.govgraph.ingest.canada.CanadaServiceInventorySource::new);
        ADAPTERS.put("ca-ss", org.govgraph.ingest.canada.CanadaServiceStandardsSource::new);
        // XML records by a mapping file: mappings/br-servicos.yaml.
        ADAPTERS.put("br-servicos", () -> org.govgraph.ingest.mapping.MappedSource.bundled("br-servicos"));
    }

    private Sources() {}

    /** The adapter for a source id, or empty when there is none. */
    public static Optional<SourceAdapter> byId(String id) {
        Supplier<SourceAdapter> s = ADAPTERS.get(id);
        return s == null ? Optional.empty() : Optional.of(s.get());
    }

    /** Every source id, in demo order. */
    public static Iterable<String> ids() {
        return ADAPTERS.keySet();
    }
}

package org.govgraph.server.sparql;

import java.util.Map;
import java.util.function.Supplier;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Fuseki's registry of datasets, answering each request with the dataset of the release the
 * request is pinned to: Fuseki looks up a request's dataset once, when it dispatches it, so
 * a query runs on one release from start to end while the platform may switch meanwhile.
 * The endpoints (operations, handlers, counters) are Fuseki's own, shared by every release.
 */
public final class ReleaseRoutedRegistry extends DataAccessPointRegistry {
    private final Map<String, DataAccessPoint> installed;
    private final Supplier<DatasetGraph> pinnedDataset;

    /**
     * @param installed     the access points Fuseki built, by name (their endpoints are reused)
     * @param pinnedDataset the dataset of the release the calling request is pinned to
     */
    public ReleaseRoutedRegistry(Map<String, DataAccessPoint> installed, Supplier<DatasetGraph> pinnedDataset) {
        this.installed = Map.copyOf(installed);
        this.pinnedDataset = pinnedDataset;
        installed.values().forEach(super::register);
    }

    @Override
    public DataAccessPoint get(String name) {
        DataAccessPoint installedPoint = installed.get(name);
        return installedPoint == null ? null : forDataset(installedPoint, pinnedDataset.get());
    }

    /** The access point {@code template} on another dataset: same name, same endpoints. */
    public static DataAccessPoint forDataset(DataAccessPoint template, DatasetGraph dataset) {
        DataService.Builder service = DataService.newBuilder(dataset);
        template.getDataService().forEachEndpoint(service::addEndpoint);
        DataService built = service.build();
        built.goActive();
        return new DataAccessPoint(template.getName(), built);
    }
}

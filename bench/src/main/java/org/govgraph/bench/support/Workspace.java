package org.govgraph.bench.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.govgraph.bench.ingest.IngestProbe;
import org.govgraph.ingest.BundledSources;
import org.govgraph.ingest.generate.InventoryGenerator;

/**
 * The bench's scratch folder: generated inventories (kept between runs, they are
 * deterministic) and the stores built from them. Nothing here is a result.
 */
public final class Workspace {
    /** The seed of every generated inventory, so that runs compare like with like. */
    public static final long SEED = 20_240_601L;

    private final Path dir;
    private InventoryGenerator generator;

    public Workspace(Path dir) {
        this.dir = dir.toAbsolutePath();
    }

    public Path dir() {
        return dir;
    }

    /** How a table names the store it measured: "10,000 services", or the bundled real data for 0. */
    public static String describe(long services) {
        return services == 0
                ? "the bundled real data (1,751 Canadian services)"
                : String.format("%,d services", services);
    }

    /**
     * The synthetic inventory of {@code services} rows with {@code seed}, generated once; for 0
     * services, the bundled real inventory itself, so the benchmarks can run on the real data.
     */
    public synchronized Path inventory(long services, long seed) {
        if (services == 0) {
            return BundledSources.extract("ca-si", dir.resolve("inventories").resolve("real"))
                    .get(0);
        }
        Path file = dir.resolve("inventories").resolve("si-" + services + "-" + seed + ".csv");
        if (!Files.exists(file)) {
            if (generator == null) {
                generator = InventoryGenerator.fromBundled();
            }
            generator.write(services, seed, file);
        }
        return file;
    }

    public Path inventory(long services) {
        return inventory(services, SEED);
    }

    /** A fresh, empty folder under the workspace (deleted first if it existed). */
    public Path fresh(String name) {
        Path p = dir.resolve(name);
        delete(p);
        try {
            Files.createDirectories(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /**
     * The serving store for {@code services} synthetic services: the bundled demo sources,
     * the synthetic inventory as {@code ca-si}, and the search index; built once in a child
     * JVM with {@code heap} and reused.
     */
    public Path servingStore(long services, String heap) {
        Path store = dir.resolve("store-" + services);
        if (Files.exists(store.resolve("READY"))) {
            return store;
        }
        delete(store);
        ChildJvm.Result r = ChildJvm.of(IngestProbe.class)
                .heap(heap)
                .args(store, inventory(services), "--demo", "--index")
                .run(Duration.ofHours(1), line -> System.out.println("  [build " + services + "] " + line));
        if (r.exitCode() != 0) {
            throw new IllegalStateException(
                    "Building the " + services + "-service store failed (exit " + r.exitCode() + "):\n" + r.tail());
        }
        try {
            Files.writeString(store.resolve("READY"), "triples=" + r.value("triples") + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return store;
    }

    /** Deletes a folder tree if it exists. */
    public static void delete(Path p) {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(p)) {
            walk.sorted(Comparator.reverseOrder()).forEach(f -> {
                try {
                    Files.delete(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The total size of a folder tree in bytes. */
    public static long size(Path p) {
        try (Stream<Path> walk = Files.walk(p)) {
            return walk.filter(Files::isRegularFile)
                    .mapToLong(f -> f.toFile().length())
                    .sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.govgraph.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.govgraph.ingest.IngestOptions;
import org.govgraph.ingest.IngestReport;
import org.govgraph.ingest.IngestRunner;
import org.govgraph.ingest.Sources;
import org.govgraph.ingest.generate.InventoryGenerator;
import org.govgraph.model.Iris;
import org.govgraph.model.store.Release;
import org.govgraph.search.SearchRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Releases on disk: built aside, switched to atomically, and never larger than a fresh load. */
class ReleasesIT {
    @TempDir
    Path dir;

    @Test
    void tenReingestsLeaveTheDatabaseWithinHalfAgainItsFirstSize() throws IOException {
        Path inventory = smallInventory(100);
        try (Releases releases = Releases.open(dir, Iris.defaults().base())) {
            ingest(releases, inventory);
            long first = databaseBytes(releases);
            for (int i = 0; i < 10; i++) {
                ingest(releases, inventory);
            }
            long last = databaseBytes(releases);
            assertTrue(last <= first * 1.5, "after ten re-ingests " + last + " bytes, after the first " + first);
            try (Stream<Path> left = Files.list(dir.resolve(Releases.RELEASES))) {
                assertEquals(1, left.count(), "only the current release is kept on disk");
            }
        }
    }

    @Test
    void aReaderKeepsItsReleaseWhileTheNextIsServed() throws IOException {
        Path inventory = smallInventory(50);
        try (Releases releases = Releases.open(dir, Iris.defaults().base())) {
            ingest(releases, inventory);
            Releases.Lease reader = releases.acquire();
            PlatformRelease old = reader.release();
            String before = seen(old);
            ingest(releases, smallInventory(20));
            assertNotEquals(old.id(), releases.current().id());
            // The old release answers as it did, store and index alike, until the reader lets go.
            assertEquals(before, seen(old));
            assertTrue(before.contains("index at " + old.id()), before);
            assertTrue(Files.isDirectory(old.directory().orElseThrow()));
            reader.close();
            assertFalse(Files.exists(old.directory().orElseThrow()), "a retired release is deleted once unread");
            assertEquals(releases.current().id(), releases.current().index().stamp());
        }
    }

    @Test
    void aWriteThatIsNotCommittedLeavesNothingBehind() throws IOException {
        try (Releases releases = Releases.open(dir, Iris.defaults().base())) {
            ingest(releases, smallInventory(10));
            String before = releases.current().id();
            try (Candidate next = releases.prepare("test", Set.of())) {
                next.store()
                        .write(() ->
                                next.store().datasetGraph().getDefaultGraph().clear());
            }
            assertEquals(before, releases.current().id());
            try (Stream<Path> left = Files.list(dir.resolve(Releases.RELEASES))) {
                assertEquals(1, left.count());
            }
        }
    }

    @Test
    void reopeningRemovesAnUnfinishedBuildAndServesThePointedRelease() throws IOException {
        String id;
        try (Releases releases = Releases.open(dir, Iris.defaults().base())) {
            ingest(releases, smallInventory(10));
            id = releases.current().id();
        }
        Path leftover = Files.createDirectories(dir.resolve(Releases.RELEASES).resolve("building-crashed/tdb2"));
        try (Releases reopened = Releases.open(dir, Iris.defaults().base())) {
            assertEquals(id, reopened.current().id());
            assertFalse(Files.exists(leftover.getParent()));
        }
    }

    @Test
    void pruningWithdrawsOldDownloadsFromTheCatalogBeforeDeletingThem() throws IOException {
        try (Releases releases = Releases.open(dir, Iris.defaults().base())) {
            for (int services = 10; services < 14; services++) {
                ingest(releases, smallInventory(services));
            }
            List<Release> all = releases.current().store().releases("ca-si");
            assertEquals(4, all.size());
            Path downloads = releases.downloadsDirectory().resolve("ca-si");
            Path crashed = Files.createDirectories(downloads.resolve("20200101T000000.000Z"));
            Files.writeString(crashed.resolve("ca-si.ttl.gz"), "# from a build that never switched\n");

            Pruning plan = releases.prune(2, true);
            assertEquals(all.subList(0, 2), plan.withdrawn());
            assertEquals(3, plan.folders().size(), plan.folders().toString());
            assertTrue(plan.bytes() > 0);
            assertTrue(Files.isDirectory(downloads.resolve(all.get(0).releaseId())), "a dry run deletes nothing");

            String before = releases.current().id();
            Pruning done = releases.prune(2, false);
            assertEquals(plan.withdrawn(), done.withdrawn());
            assertEquals(plan.bytes(), done.bytes());
            assertNotEquals(before, releases.current().id(), "withdrawing downloads is a release of the catalog");
            for (Release r : all) {
                boolean kept = all.indexOf(r) >= 2;
                assertEquals(kept, Files.isDirectory(downloads.resolve(r.releaseId())), r.releaseId());
                assertEquals(
                        kept,
                        releases.current()
                                .publisher()
                                .file("ca-si", r.releaseId(), "ca-si.ttl.gz")
                                .isPresent());
            }
            assertFalse(Files.exists(crashed));
            assertEquals(all, releases.current().store().releases("ca-si"), "every release stays in the catalog");

            // The withdrawn release's record keeps its checksum and says what happened.
            String withdrawn =
                    Iris.defaults().release("ca-si", all.get(0).releaseId()).getURI();
            String ask = "PREFIX dcat: <http://www.w3.org/ns/dcat#> PREFIX adms: <http://www.w3.org/ns/adms#> "
                    + "PREFIX spdx: <http://spdx.org/rdf/terms#> ASK { GRAPH ?g { <" + withdrawn
                    + "> dcat:distribution ?d . "
                    + "?d adms:status <http://publications.europa.eu/resource/authority/distribution-status/WITHDRAWN> ; "
                    + "dcat:accessURL <" + withdrawn + "> ; spdx:checksum/spdx:checksumValue ?sha . "
                    + "FILTER NOT EXISTS { ?d dcat:downloadURL ?any } } }";
            assertTrue(releases.current()
                    .store()
                    .read(() -> org.apache.jena.query.QueryExecution.dataset(
                                    releases.current().store().dataset())
                            .query(ask)
                            .build()
                            .execAsk()));

            String after = releases.current().id();
            Pruning again = releases.prune(2, false);
            assertTrue(again.withdrawn().isEmpty() && again.folders().isEmpty(), again.toString());
            assertEquals(after, releases.current().id(), "nothing to withdraw makes no release");
        }
    }

    private static void ingest(Releases releases, Path inventory) {
        IngestReport report = new IngestRunner(releases.iris(), releases.sourceWriter())
                .run(Sources.byId("ca-si").orElseThrow(), List.of(inventory), IngestOptions.defaults());
        assertTrue(report.written(), report.rejections().toString());
    }

    /** What a reader sees of a release: its source graph's size in SPARQL, its index's stamp and hit count. */
    private static String seen(PlatformRelease release) {
        long triples = release.store()
                .read(() -> release.store()
                        .datasetGraph()
                        .getGraph(release.store().iris().sourceGraph("ca-si"))
                        .size());
        return triples + " triples, index at " + release.index().stamp() + ", "
                + release.index().search(SearchRequest.of("benefits")).total() + " hits";
    }

    private Path smallInventory(int services) {
        return InventoryGenerator.fromBundled().write(services, services, dir.resolve("si-" + services + ".csv"));
    }

    private static long databaseBytes(Releases releases) throws IOException {
        try (Stream<Path> files =
                Files.walk(releases.current().directory().orElseThrow().resolve("tdb2"))) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(p -> p.toFile().length())
                    .sum();
        }
    }
}

package org.govgraph.release.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReleaseFeedTest {
    private static final String SHA = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    @Test
    void aFeedWithABundleReadsBackAsWritten() {
        ReleaseBundle bundle = new ReleaseBundle(
                "20261207T120000.000Z",
                Path.of("bundles/20261207T120000.000Z"),
                List.of(new BundleFile("tdb2/Data-0001/nodes.dat", 3, SHA), new BundleFile("SHA256SUMS.txt", 0, SHA)));
        ReleaseFeed feed = ReleaseFeed.of("20261207T120000.000Z", "https://data.example.gov/", true, bundle);

        ReleaseFeed read = ReleaseFeed.fromJson(feed.toJson());

        assertEquals(feed, read);
        assertEquals("/releases/20261207T120000.000Z/bundle/", read.bundle().url());
        assertEquals(3, read.bundle().bytes());
    }

    @Test
    void aPrimaryWithoutBundlesSaysNullAndReadsBackSo() {
        ReleaseFeed feed = ReleaseFeed.of("20261207T120000.000Z", "https://data.example.gov/", false, null);
        String json = feed.toJson();

        assertTrue(json.contains("\"bundle\" : null"), json);
        ReleaseFeed read = ReleaseFeed.fromJson(json);
        assertNull(read.bundle());
        assertEquals(feed, read);
    }

    @Test
    void aPrimaryWithoutBundlesOffersTheGraphsDumpOfItsRelease() {
        byte[] nquads = "<http://a.example/s> <http://a.example/p> \"o\" <http://a.example/g> .\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        GraphsDump dump = new GraphsDump("20261207T120000.000Z", nquads, Checksums.sha256(nquads));
        ReleaseFeed feed = ReleaseFeed.of("https://data.example.gov/", dump);

        ReleaseFeed read = ReleaseFeed.fromJson(feed.toJson());

        assertEquals(feed, read);
        assertNull(read.bundle());
        assertEquals("/releases/20261207T120000.000Z/graphs.nq", read.graphs().url());
        assertEquals(
                new BundleFile("graphs.nq", nquads.length, dump.sha256()),
                read.graphs().file());
    }

    @Test
    void notAFeedIsRefusedSayingWhere() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> ReleaseFeed.fromJson("{\"release\": \"x\",\n \"base\": }"));
        assertTrue(
                e.getMessage().startsWith("Not a release feed:")
                        && e.getMessage().contains("line 2"),
                e.getMessage());
    }

    @Test
    void aFeedNamingAFileOutsideItsBundleIsRefused() {
        String json =
                "{\"release\":\"r\",\"base\":\"https://x/\",\"offersBundles\":true,\"bundle\":{\"url\":\"/releases/r/bundle/\","
                        + "\"files\":[{\"path\":\"../current\",\"size\":1,\"sha256\":\"" + SHA + "\"}]}}";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReleaseFeed.fromJson(json));
        assertTrue(e.getMessage().contains("../current"), e.getMessage());
    }
}

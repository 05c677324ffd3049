package org.govgraph.model.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.out.NodeFmtLib;

/**
 * An order-independent fingerprint of a graph without blank nodes: its size and the sum of
 * the SHA-256 prefixes of its triples in N-Triples form. Two graphs with the same digest
 * hold the same triples, for all practical purposes; cheaper than an isomorphism check on
 * hundreds of thousands of triples.
 *
 * @param triples the number of triples
 * @param sum     the sum (mod 2^64) of each triple's first eight SHA-256 bytes
 */
public record GraphDigest(long triples, long sum) {
    public static GraphDigest of(Graph graph) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        long[] acc = new long[2];
        graph.find().forEachRemaining(t -> {
            byte[] h = sha.digest(NodeFmtLib.str(t).getBytes(StandardCharsets.UTF_8));
            long v = 0;
            for (int i = 0; i < 8; i++) {
                v = (v << 8) | (h[i] & 0xff);
            }
            acc[0]++;
            acc[1] += v;
        });
        return new GraphDigest(acc[0], acc[1]);
    }
}

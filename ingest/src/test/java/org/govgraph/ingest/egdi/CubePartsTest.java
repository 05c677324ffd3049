package org.govgraph.ingest.egdi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.G;
import org.apache.jena.vocabulary.DCTerms;
import org.govgraph.model.Iris;
import org.govgraph.model.vocab.GG;
import org.govgraph.model.vocab.QB;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An observation with a gap the survey left belongs to a part of the cube whose structure
 * declares only what it carries (so the Data Cube constraint IC-14 holds), and is still found
 * as an observation of the cube through {@code dct:isPartOf}.
 */
class CubePartsTest {
    @TempDir
    Path dir;

    @Test
    void libya2012WithoutItsPlaceholderIndicesIsInAPartOfTheCubeNamedForWhatItLacks() {
        EgdiIngest in = EgdiIngest.run(EgdiIngest.fixture(dir, "egdi/egdi-2012.csv"));
        Node cube = ObservationWriter.cube(in.iris());
        List<String> sets = in.values(in.observation(2012, "LBY"), QB.dataSet);
        assertEquals(List.of(Iris.DEFAULT_BASE + "id/cube/egdi/without-egdi-egdiRank-epi-epiRank-osi-osiRank"), sets);
        Node part = NodeFactory.createURI(sets.get(0));
        assertEquals(List.of(cube.getURI()), in.values(part, DCTerms.isPartOf));
        assertEquals(List.of(QB.DataSet.getURI()), in.values(part, org.apache.jena.vocabulary.RDF.type));
    }

    @Test
    void eachPartsStructureDeclaresExactlyTheMeasuresItsObservationsCarry() {
        EgdiIngest in = EgdiIngest.run(EgdiIngest.fixture(dir, "egdi/egdi-2012.csv"));
        Graph g = in.graph();
        Node cube = ObservationWriter.cube(in.iris());
        List<Node> parts = G.listPO(g, DCTerms.isPartOf.asNode(), cube);
        assertFalse(parts.isEmpty(), "the 2012 fixture has observations with placeholders");
        for (Node part : parts) {
            Node structure = G.getOneSP(g, part, QB.structure.asNode());
            Set<Node> declared = new HashSet<>();
            for (Node component : G.listSP(g, structure, QB.component.asNode())) {
                declared.addAll(G.listSP(g, component, QB.measure.asNode()));
            }
            assertTrue(declared.contains(GG.hci.asNode()), part + " declares " + declared);
            for (Node obs : G.listPO(g, QB.dataSet.asNode(), part)) {
                Set<Node> carried = new HashSet<>();
                for (Node m : CubeParts.MEASURES) {
                    if (g.contains(obs, m, Node.ANY)) {
                        carried.add(m);
                    }
                }
                assertEquals(declared, carried, obs + " in " + part);
            }
        }
    }
}

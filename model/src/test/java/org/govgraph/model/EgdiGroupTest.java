package org.govgraph.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.govgraph.model.vocab.GG;
import org.junit.jupiter.api.Test;

class EgdiGroupTest {
    @Test
    void boundsAreInclusiveBelow() {
        assertEquals(EgdiGroup.VERY_HIGH, EgdiGroup.of(new BigDecimal("0.75")));
        assertEquals(EgdiGroup.HIGH, EgdiGroup.of(new BigDecimal("0.7499")));
        assertEquals(EgdiGroup.HIGH, EgdiGroup.of(new BigDecimal("0.50")));
        assertEquals(EgdiGroup.MIDDLE, EgdiGroup.of(new BigDecimal("0.25")));
        assertEquals(EgdiGroup.LOW, EgdiGroup.of(new BigDecimal("0.2499")));
        assertEquals(EgdiGroup.LOW, EgdiGroup.of(BigDecimal.ZERO));
        assertThrows(IllegalArgumentException.class, () -> EgdiGroup.of(new BigDecimal("-0.1")));
    }

    @Test
    void endToEndOnlineNeedsOneOnlineStageAndNoOfflineStage() {
        assertTrue(Stage.endToEndOnline(List.of(GG.Online, GG.NotApplicable)));
        assertFalse(Stage.endToEndOnline(List.of(GG.Online, GG.Offline)));
        assertFalse(Stage.endToEndOnline(List.of(GG.NotApplicable, GG.NotApplicable)));
        assertFalse(Stage.endToEndOnline(List.of()));
    }
}

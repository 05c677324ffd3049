package org.govgraph.server.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueryAdmissionTest {
    private static final Duration SHORT = Duration.ofMillis(20);

    private static QueryAdmission admission(int queries, int heavy) {
        return new QueryAdmission(queries, heavy, SHORT, SHORT);
    }

    @Test
    void aFullHeavyLaneRefusesHeavyQueriesButAdmitsLightOnes() throws InterruptedException {
        QueryAdmission admission = admission(4, 1);
        QueryAdmission.Permit heavy = admission.admit(true).orElseThrow();
        assertTrue(admission.admit(true).isEmpty(), "a second heavy query waits, then is refused");
        List<QueryAdmission.Permit> light = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            light.add(
                    admission.admit(false).orElseThrow(() -> new AssertionError("light queries use the other slots")));
        }
        assertTrue(admission.admit(false).isEmpty(), "all four slots are taken");
        heavy.close();
        QueryAdmission.Permit next =
                admission.admit(true).orElseThrow(() -> new AssertionError("the heavy slot is free again"));
        next.close();
        light.forEach(QueryAdmission.Permit::close);
        for (int i = 0; i < 4; i++) {
            admission.admit(false).orElseThrow(() -> new AssertionError("every slot came back"));
        }
    }

    @Test
    void aHeavyQueryRefusedForWantOfAnySlotGivesBackItsHeavySlot() throws InterruptedException {
        QueryAdmission admission = admission(2, 1);
        QueryAdmission.Permit light = admission.admit(false).orElseThrow();
        QueryAdmission.Permit light2 = admission.admit(false).orElseThrow();
        assertTrue(admission.admit(true).isEmpty(), "no slot at all");
        light.close();
        light2.close();
        admission
                .admit(true)
                .orElseThrow(() -> new AssertionError("the refused heavy query must not keep the heavy slot"));
    }

    @Test
    void closingAPermitTwiceGivesItsSlotBackOnce() throws InterruptedException {
        QueryAdmission admission = admission(1, 1);
        QueryAdmission.Permit permit = admission.admit(true).orElseThrow();
        permit.close();
        permit.close();
        QueryAdmission.Permit again = admission.admit(false).orElseThrow();
        assertTrue(admission.admit(false).isEmpty(), "one slot, taken: a double close must not have made two");
        again.close();
    }

    @Test
    void slotsMustBeConsistent() {
        assertThrows(IllegalArgumentException.class, () -> new QueryAdmission(0, 1));
        assertThrows(IllegalArgumentException.class, () -> new QueryAdmission(2, 3));
        assertEquals(1, new QueryAdmission(2, 1).heavyQueries());
    }
}

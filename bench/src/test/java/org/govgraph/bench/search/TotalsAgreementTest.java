package org.govgraph.bench.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TotalsAgreementTest {
    private static final List<String> WORDS = List.of("passport", "licence", "tax");

    @Test
    void questionsWithTheSameTotalEverywhereAgree() {
        TotalsAgreement a = TotalsAgreement.of(WORDS, new long[][] {{5, 7, 0}, {5, 7, 0}, {5, 7, 0}});
        assertEquals(3, a.agree());
        assertEquals("Totals: 3 of 3 questions have the same total on every backend.", a.describe("A / B / C"));
    }

    @Test
    void aDifferentTotalOnOneBackendIsNamedWithEveryBackendsTotal() {
        TotalsAgreement a = TotalsAgreement.of(WORDS, new long[][] {{5, 7, 0}, {5, 6, 0}, {5, 7, 0}});
        assertEquals(2, a.agree());
        assertEquals(List.of("'licence' 7 / 6 / 7"), a.differences());
    }

    @Test
    void aQuestionNoBackendAnsweredDoesNotCountAsAgreeing() {
        TotalsAgreement a = TotalsAgreement.of(WORDS, new long[][] {{-1, 7, 0}, {-1, 7, 0}});
        assertEquals(2, a.agree());
        assertTrue(a.describe("A / B").contains("'passport' -1 / -1"), a.describe("A / B"));
    }
}

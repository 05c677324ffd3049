package org.govgraph.release.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SpreadsheetSafeTest {
    @Test
    void cellsThatASpreadsheetWouldRunAsFormulasArePrefixed() {
        assertEquals("'=HYPERLINK(\"x\")", SpreadsheetSafe.cell("=HYPERLINK(\"x\")"));
        assertEquals("'+1+2", SpreadsheetSafe.cell("+1+2"));
        assertEquals("'-A1", SpreadsheetSafe.cell("-A1"));
        assertEquals("'@SUM(A1)", SpreadsheetSafe.cell("@SUM(A1)"));
        assertEquals("'\tx", SpreadsheetSafe.cell("\tx"));
        assertEquals("'\rx", SpreadsheetSafe.cell("\rx"));
    }

    @Test
    void numbersAndOrdinaryTextAreLeftAlone() {
        assertEquals("-0.5", SpreadsheetSafe.cell("-0.5"));
        assertEquals("+3", SpreadsheetSafe.cell("+3"));
        assertEquals("-1E-3", SpreadsheetSafe.cell("-1E-3"));
        assertEquals("0.7892", SpreadsheetSafe.cell("0.7892"));
        assertEquals("AgriInvest = savings", SpreadsheetSafe.cell("AgriInvest = savings"));
        assertEquals("", SpreadsheetSafe.cell(""));
    }
}

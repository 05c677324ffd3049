package org.govgraph.server.pages.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class BarChartTest {
    @Test
    void eachBarHasItsPercentageLabel() {
        String svg = new BarChart(
                        "b",
                        "t",
                        "d",
                        List.of(
                                new BarChart.Bar("Org A", "/id/org/ca/a", 0.25, "1 of 4"),
                                new BarChart.Bar("Org B", null, 1.0, "3 of 3")))
                .render()
                .toString();
        assertTrue(svg.contains(">25%</text>"), svg);
        assertTrue(svg.contains(">100%</text>"), svg);
        assertEquals(2, svg.split("<rect ", -1).length - 1);
        assertTrue(svg.contains("<a href=\"/id/org/ca/a\">"));
    }

    @Test
    void anUnknownShareIsNoDataNotAnEmptyBar() {
        String svg = new BarChart("b", "t", "d", List.of(new BarChart.Bar("Org A", null, null, "no status")))
                .render()
                .toString();
        assertFalse(svg.contains("<rect "), svg);
        assertTrue(svg.contains(">no data</text>"));
        assertTrue(new BarChart("b", "t", "d", List.of(new BarChart.Bar("Org A", null, null, null)))
                .table()
                .toString()
                .contains("<td class=\"num\">—</td>"));
    }

    @Test
    void labelsAreEscapedAndLongOnesShortenedWithTheFullNameInTheTooltip() {
        String name = "<script>alert(1)</script> Department of Employment and Social Development";
        String svg = new BarChart("b", "t", "d", List.of(new BarChart.Bar(name, null, 0.5, null)))
                .render()
                .toString();
        assertFalse(svg.contains("<script>"));
        assertTrue(
                svg.contains(
                        "<title>&lt;script&gt;alert(1)&lt;/script&gt; Department of Employment and Social Development</title>"));
        assertTrue(svg.contains("…</text>"));
    }
}

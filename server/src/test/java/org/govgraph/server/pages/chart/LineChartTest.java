package org.govgraph.server.pages.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LineChartTest {
    private static TreeMap<Integer, Double> values(Object... yearValue) {
        TreeMap<Integer, Double> m = new TreeMap<>();
        for (int i = 0; i < yearValue.length; i += 2) {
            m.put((Integer) yearValue[i], (Double) yearValue[i + 1]);
        }
        return m;
    }

    @Test
    void anAbsentYearBreaksTheLineInsteadOfDroppingToZero() {
        // 2020 is missing for the country but present for the region: the country's line has two parts.
        LineChart chart = new LineChart(
                "c",
                "t",
                "d",
                "Index",
                0,
                1,
                List.of(
                        new LineChart.Series("Malaysia EGDI", values(2016, 0.6, 2018, 0.7, 2022, 0.77), false),
                        new LineChart.Series(
                                "Asia average", values(2016, 0.5, 2018, 0.55, 2020, 0.6, 2022, 0.62), true)));
        String svg = chart.render().toString();
        Matcher m = Pattern.compile("<g class=\"series series-0\"><path d=\"([^\"]*)\"")
                .matcher(svg);
        assertTrue(m.find(), svg);
        String path = m.group(1);
        assertEquals(2, path.chars().filter(c -> c == 'M').count(), "two runs: 2016-2018 and 2022: " + path);
        // no point of the country's line sits on the zero line (y = bottom of the plot)
        assertFalse(path.contains(" 232"), path);
        assertEquals(
                3,
                Pattern.compile("<circle")
                        .matcher(svg.substring(svg.indexOf("series-0"), svg.indexOf("series-1")))
                        .results()
                        .count());
    }

    @Test
    void theTableShowsAbsentValuesAsADash() {
        LineChart chart = new LineChart(
                "c",
                "t",
                "d",
                "Index",
                0,
                1,
                List.of(
                        new LineChart.Series("A", values(2018, 0.7), false),
                        new LineChart.Series("B", values(2020, 0.6), false)));
        String table = chart.table().toString();
        assertTrue(
                table.contains("<th scope=\"row\">2018</th><td class=\"num\">0.7000</td><td class=\"num\">—</td>"),
                table);
    }

    @Test
    void labelsTitleAndDescriptionAreEscapedAndAccessible() {
        LineChart chart = new LineChart(
                "c",
                "<script>t</script>",
                "d & e",
                "Index",
                0,
                1,
                List.of(new LineChart.Series("<b>A</b>", values(2018, 0.7), false)));
        String svg = chart.render().toString();
        assertTrue(svg.contains("<title id=\"c-title\">&lt;script&gt;t&lt;/script&gt;</title>"));
        assertTrue(svg.contains("<desc id=\"c-desc\">d &amp; e</desc>"));
        assertTrue(svg.contains("aria-labelledby=\"c-title c-desc\""));
        assertTrue(svg.contains("role=\"img\""));
        assertTrue(svg.contains("&lt;b&gt;A&lt;/b&gt;"));
        assertFalse(svg.contains("<b>"));
        assertFalse(svg.contains("<script>"));
    }

    @Test
    void everySurveyYearGetsATickAndTheAxesAreLabelled() {
        LineChart chart = new LineChart(
                "c",
                "t",
                "d",
                "Index (0 to 1)",
                0,
                1,
                List.of(new LineChart.Series("A", values(2010, 0.5, 2012, 0.6, 2022, 0.8), false)));
        String svg = chart.render().toString();
        for (String year : List.of("2010", "2012", "2022")) {
            assertTrue(svg.contains(">" + year + "</text>"), year);
        }
        assertTrue(svg.contains(">1.00</text>"));
        assertTrue(svg.contains(">0.00</text>"));
        assertTrue(svg.contains(">Index (0 to 1)</text>"));
    }
}

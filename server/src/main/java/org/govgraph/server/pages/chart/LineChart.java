package org.govgraph.server.pages.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.govgraph.server.pages.Html;
import org.govgraph.server.pages.Tag;

/**
 * A line chart over whole-number x values (survey years) rendered as inline SVG.
 *
 * <p>Every x value of any series gets a tick, so a year with no value shows as a gap in
 * the line (the line is broken there, never drawn down to 0). Each value is also a dot,
 * so a value between two gaps stays visible.
 */
public final class LineChart {
    static final int WIDTH = 640;
    static final int HEIGHT = 320;
    private static final int LEFT = 48;
    private static final int RIGHT = 16;
    private static final int TOP = 16;
    private static final int BOTTOM = 72;

    /**
     * One line: a name for the legend, its values by x (absent x = no value), and whether
     * it is drawn dashed (for reference lines such as a regional average).
     */
    public record Series(String name, SortedMap<Integer, Double> values, boolean dashed) {
        public Series {
            Objects.requireNonNull(name, "name");
            values = new TreeMap<>(values);
        }
    }

    private final String id;
    private final String title;
    private final String description;
    private final String yLabel;
    private final double yMin;
    private final double yMax;
    private final List<Series> series;

    /**
     * @param id          an id unique on the page (for the accessible title and description)
     * @param yMin        the bottom of the y axis
     * @param yMax        the top of the y axis (indices: 1)
     */
    public LineChart(
            String id, String title, String description, String yLabel, double yMin, double yMax, List<Series> series) {
        if (!(yMax > yMin)) {
            throw new IllegalArgumentException("yMax must be greater than yMin");
        }
        this.id = id;
        this.title = title;
        this.description = description;
        this.yLabel = yLabel;
        this.yMin = yMin;
        this.yMax = yMax;
        this.series = List.copyOf(series);
    }

    /** The x values shown: every x any series has a value for, in order. */
    public List<Integer> xs() {
        TreeSet<Integer> all = new TreeSet<>();
        series.forEach(s -> all.addAll(s.values().keySet()));
        return new ArrayList<>(all);
    }

    public Html render() {
        List<Integer> xs = xs();
        Tag svg = Svg.root(id, WIDTH, HEIGHT, title, description);
        double plotW = WIDTH - LEFT - RIGHT;
        double plotH = HEIGHT - TOP - BOTTOM;

        // y axis: five gridlines with labels
        Tag grid = Html.tag("g").attr("class", "axis y-axis");
        for (int i = 0; i <= 4; i++) {
            double v = yMin + (yMax - yMin) * i / 4;
            double y = y(v, plotH);
            grid.add(
                    Svg.line(LEFT, y, WIDTH - RIGHT, y, "grid"),
                    Svg.text(LEFT - 6, y + 4, "end", "tick", String.format(Locale.ROOT, "%.2f", v)));
        }
        grid.add(Html.tag("text")
                .attr("class", "axis-label")
                .attr("transform", "translate(12," + Svg.num(TOP + plotH / 2) + ") rotate(-90)")
                .attr("text-anchor", "middle")
                .add(yLabel));
        svg.add(grid);

        // x axis: one tick per x value
        Tag xAxis = Html.tag("g").attr("class", "axis x-axis");
        xAxis.add(Svg.line(LEFT, TOP + plotH, WIDTH - RIGHT, TOP + plotH, "baseline"));
        for (int x : xs) {
            xAxis.add(Svg.text(x(x, xs, plotW), TOP + plotH + 18, "middle", "tick", Integer.toString(x)));
        }
        svg.add(xAxis);

        // lines, broken where a value is absent, and a dot per value
        for (int s = 0; s < series.size(); s++) {
            Series one = series.get(s);
            String cls = "series series-" + s + (one.dashed() ? " dashed" : "");
            StringBuilder path = new StringBuilder();
            boolean penDown = false;
            Tag dots = Html.tag("g").attr("class", "dots");
            for (int x : xs) {
                Double v = one.values().get(x);
                if (v == null || v.isNaN()) {
                    penDown = false;
                    continue;
                }
                double px = x(x, xs, plotW);
                double py = y(v, plotH);
                path.append(penDown ? " L" : (path.length() == 0 ? "M" : " M"))
                        .append(Svg.num(px))
                        .append(' ')
                        .append(Svg.num(py));
                penDown = true;
                dots.add(Html.tag("circle")
                        .attr("cx", Svg.num(px))
                        .attr("cy", Svg.num(py))
                        .attr("r", 3.5)
                        .add(Html.tag("title")
                                .add(one.name() + ", " + x + ": " + String.format(Locale.ROOT, "%.4f", v))));
            }
            Tag g = Html.tag("g").attr("class", cls);
            if (path.length() > 0) {
                g.add(Html.tag("path").attr("d", path.toString()).attr("fill", "none"));
            }
            svg.add(g.add(dots));
        }

        // legend, under the x axis
        Tag legend = Html.tag("g").attr("class", "legend");
        double lx = LEFT;
        double ly = HEIGHT - 22;
        for (int s = 0; s < series.size(); s++) {
            Series one = series.get(s);
            legend.add(Html.tag("g")
                    .attr("class", "series series-" + s + (one.dashed() ? " dashed" : ""))
                    .add(Html.tag("path").attr("d", "M" + Svg.num(lx) + " " + Svg.num(ly) + " h24"))
                    .add(Svg.text(lx + 30, ly + 4, "start", "legend-label", one.name())));
            lx += 40 + Math.min(one.name().length(), 40) * 7;
        }
        svg.add(legend);
        return svg.html();
    }

    private double x(int x, List<Integer> xs, double plotW) {
        if (xs.size() == 1) {
            return LEFT + plotW / 2;
        }
        // evenly spaced by value, so that a missing survey year leaves a visible hole
        int first = xs.get(0);
        int last = xs.get(xs.size() - 1);
        return LEFT + 16 + (plotW - 32) * (x - first) / (double) (last - first);
    }

    private double y(double v, double plotH) {
        double clamped = Math.max(yMin, Math.min(yMax, v));
        return TOP + plotH - plotH * (clamped - yMin) / (yMax - yMin);
    }

    /** The values as a table for readers who cannot see the chart: one row per x, one column per series. */
    public Html table() {
        Tag head = Html.tag("tr").add(Html.tag("th").attr("scope", "col").add("Year"));
        series.forEach(s -> head.add(Html.tag("th").attr("scope", "col").add(s.name())));
        Tag body = Html.tag("tbody");
        for (int x : xs()) {
            Tag row = Html.tag("tr").add(Html.tag("th").attr("scope", "row").add(Integer.toString(x)));
            for (Series s : series) {
                Double v = s.values().get(x);
                row.add(Html.tag("td")
                        .attr("class", "num")
                        .add(v == null ? "—" : String.format(Locale.ROOT, "%.4f", v)));
            }
            body.add(row);
        }
        return Html.tag("table")
                .attr("class", "data")
                .add(Html.tag("caption").add(title), Html.tag("thead").add(head), body)
                .html();
    }

    /** The values of one series, for tests and callers that build tables themselves. */
    public Map<Integer, Double> values(int seriesIndex) {
        return series.get(seriesIndex).values();
    }
}

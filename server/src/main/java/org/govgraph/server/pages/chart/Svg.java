package org.govgraph.server.pages.chart;

import java.util.Locale;
import org.govgraph.server.pages.Html;
import org.govgraph.server.pages.Tag;

/** Shared pieces of the server-side SVG charts: the accessible root element and number formats. */
final class Svg {
    static final String NS = "http://www.w3.org/2000/svg";

    private Svg() {}

    /**
     * The {@code <svg>} root, labelled for screen readers by its {@code <title>} and
     * {@code <desc>} (ids derived from {@code id}, which the caller keeps unique on the page).
     */
    static Tag root(String id, int width, int height, String title, String description) {
        return Html.tag("svg")
                .attr("xmlns", NS)
                .attr("viewBox", "0 0 " + width + " " + height)
                .attr("class", "chart")
                .attr("role", "img")
                .attr("id", id)
                .attr("aria-labelledby", id + "-title " + id + "-desc")
                .add(
                        Html.tag("title").attr("id", id + "-title").add(title),
                        Html.tag("desc").attr("id", id + "-desc").add(description));
    }

    /** A coordinate with at most one decimal: enough for a screen, short in the page. */
    static String num(double v) {
        String s = String.format(Locale.ROOT, "%.1f", v);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }

    static Tag text(double x, double y, String anchor, String cssClass, String content) {
        return Html.tag("text")
                .attr("x", num(x))
                .attr("y", num(y))
                .attr("text-anchor", anchor)
                .attr("class", cssClass)
                .add(content);
    }

    static Tag line(double x1, double y1, double x2, double y2, String cssClass) {
        return Html.tag("line")
                .attr("x1", num(x1))
                .attr("y1", num(y1))
                .attr("x2", num(x2))
                .attr("y2", num(y2))
                .attr("class", cssClass);
    }
}

package org.govgraph.server.pages.chart;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.govgraph.server.pages.Html;
import org.govgraph.server.pages.Tag;

/**
 * A horizontal bar chart of shares (0 to 1), one labelled bar per item, rendered as inline
 * SVG with the percentage written beside each bar. An item whose share is unknown gets
 * "no data" and no bar, never a bar of length 0.
 */
public final class BarChart {
    static final int WIDTH = 640;
    private static final int ROW = 22;
    private static final int TOP = 8;
    private static final int LABEL_W = 320;
    private static final int VALUE_W = 56;
    private static final int MAX_LABEL = 40;

    /**
     * One bar.
     *
     * @param label  the item's name
     * @param href   where the label links to (e.g. the entity page), or null
     * @param share  the share between 0 and 1, or null when unknown
     * @param detail a tooltip, e.g. "12 of 40 services"
     */
    public record Bar(String label, String href, Double share, String detail) {
        public Bar {
            Objects.requireNonNull(label, "label");
        }
    }

    private final String id;
    private final String title;
    private final String description;
    private final List<Bar> bars;
    private final String itemHeader;

    /** A chart of organisations. */
    public BarChart(String id, String title, String description, List<Bar> bars) {
        this(id, title, description, bars, "Organisation");
    }

    /** A chart of other items, {@code itemHeader} naming them in the table (e.g. "Inventory"). */
    public BarChart(String id, String title, String description, List<Bar> bars, String itemHeader) {
        this.id = id;
        this.title = title;
        this.description = description;
        this.bars = List.copyOf(bars);
        this.itemHeader = itemHeader;
    }

    public Html render() {
        int height = TOP * 2 + ROW * Math.max(1, bars.size()) + 20;
        Tag svg = Svg.root(id, WIDTH, height, title, description);
        double plotW = WIDTH - LABEL_W - VALUE_W;
        double baseY = TOP + ROW * bars.size();
        Tag axis = Html.tag("g").attr("class", "axis x-axis");
        for (int pct = 0; pct <= 100; pct += 25) {
            double x = LABEL_W + plotW * pct / 100.0;
            axis.add(Svg.line(x, TOP, x, baseY, "grid"), Svg.text(x, baseY + 14, "middle", "tick", pct + "%"));
        }
        svg.add(axis);
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double y = TOP + ROW * i;
            Tag row = Html.tag("g").attr("class", "bar-row");
            row.add(Html.tag("title").add(bar.label() + (bar.detail() == null ? "" : ": " + bar.detail())));
            Tag label = Svg.text(LABEL_W - 8, y + ROW / 2.0 + 4, "end", "bar-label", shorten(bar.label()));
            row.add(
                    bar.href() == null
                            ? label
                            : Html.tag("a").attr("href", bar.href()).add(label));
            if (bar.share() == null || bar.share().isNaN()) {
                row.add(Svg.text(LABEL_W + 4, y + ROW / 2.0 + 4, "start", "value missing", "no data"));
            } else {
                double share = Math.max(0, Math.min(1, bar.share()));
                double w = plotW * share;
                row.add(Html.tag("rect")
                        .attr("class", "bar")
                        .attr("x", LABEL_W)
                        .attr("y", Svg.num(y + 3))
                        .attr("width", Svg.num(w))
                        .attr("height", ROW - 6));
                row.add(Svg.text(LABEL_W + w + 4, y + ROW / 2.0 + 4, "start", "value", percent(share)));
            }
            svg.add(row);
        }
        return svg.html();
    }

    /** The bars as a table: label, share and detail. */
    public Html table() {
        Tag body = Html.tag("tbody");
        for (Bar bar : bars) {
            Object label = bar.href() == null
                    ? bar.label()
                    : Html.tag("a").attr("href", bar.href()).add(bar.label());
            body.add(Html.tag("tr")
                    .add(
                            Html.tag("th").attr("scope", "row").add(label),
                            Html.tag("td").attr("class", "num").add(bar.share() == null ? "—" : percent(bar.share())),
                            Html.tag("td").add(bar.detail() == null ? "" : bar.detail())));
        }
        return Html.tag("table")
                .attr("class", "data")
                .add(
                        Html.tag("caption").add(title),
                        Html.tag("thead")
                                .add(Html.tag("tr")
                                        .add(
                                                Html.tag("th")
                                                        .attr("scope", "col")
                                                        .add(itemHeader),
                                                Html.tag("th")
                                                        .attr("scope", "col")
                                                        .add("Share"),
                                                Html.tag("th")
                                                        .attr("scope", "col")
                                                        .add("Detail"))),
                        body)
                .html();
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", share * 100);
    }

    private static String shorten(String label) {
        return label.length() <= MAX_LABEL
                ? label
                : label.substring(0, MAX_LABEL - 1).strip() + "…";
    }
}

package org.citycoop.graph.chart;

import java.util.List;
import java.util.Locale;

/**
 * A horizontal bar chart, written as a standalone SVG document: a title, one bar per label with its value, and
 * what the values count. Labels and titles are escaped as XML text.
 *
 * @param title  what the chart shows
 * @param counts what a value counts, such as "places"
 * @param bars   the bars, top first
 */
public record BarChart(String title, String counts, List<Bar> bars) {
    private static final int WIDTH = 720;
    private static final int LABEL_WIDTH = 230;
    private static final int BAR_HEIGHT = 20;
    private static final int TOP = 48;

    /** One bar: its label and its value. */
    public record Bar(String label, long value) {
    }

    /** The chart as an SVG document. */
    public String svg() {
        long max = Math.max(1, bars.stream().mapToLong(Bar::value).max().orElse(1));
        int height = TOP + bars.size() * BAR_HEIGHT + 30;
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" "
                + "font-family=\"sans-serif\" font-size=\"12\" role=\"img\" aria-label=\"%s\">%n", WIDTH, height, WIDTH,
            height, xml(title)));
        svg.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"#ffffff\"/>%n", WIDTH, height))
            .append(String.format(Locale.ROOT, "<text x=\"10\" y=\"22\" font-size=\"15\" font-weight=\"bold\" "
                + "fill=\"#1d2733\">%s</text>%n", xml(title)));
        int plot = WIDTH - LABEL_WIDTH - 70;
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int y = TOP + i * BAR_HEIGHT;
            long width = Math.max(1, Math.round((double) bar.value() / max * plot));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" fill=\"#1d2733\">%s</text>"
                    + "<rect class=\"bar\" x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"#1b6ca8\"><title>%s: %,d</title>"
                    + "</rect><text x=\"%d\" y=\"%d\" fill=\"#4a5a6a\">%,d</text>%n", LABEL_WIDTH - 8, y + 14,
                xml(shortened(bar.label())), LABEL_WIDTH, y + 3, width, BAR_HEIGHT - 6, xml(bar.label()), bar.value(),
                LABEL_WIDTH + width + 6, y + 14, bar.value()));
        }
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" fill=\"#4a5a6a\">%s</text>%n", LABEL_WIDTH,
            height - 10, xml(bars.isEmpty() ? "nothing to show" : counts)));
        return svg.append("</svg>\n").toString();
    }

    private static String shortened(String label) {
        return label.length() > 34 ? label.substring(0, 33) + "…" : label;
    }

    static String xml(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\t') {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}

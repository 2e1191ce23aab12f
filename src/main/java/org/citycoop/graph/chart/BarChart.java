package org.citycoop.graph.chart;

import java.util.List;
import java.util.Locale;

/**
 * A horizontal bar chart, written as a standalone SVG document or drawn as a PNG image: a title, one bar per label
 * with its value, and what the values count. Labels and titles are escaped as XML text.
 *
 * @param title  what the chart shows
 * @param counts what a value counts, such as "places"
 * @param bars   the bars, top first
 */
public record BarChart(String title, String counts, List<Bar> bars) {
    static final int WIDTH = 720;
    static final int LABEL_WIDTH = 230;
    static final int BAR_HEIGHT = 20;
    static final int TOP = 48;
    static final String INK = "#1d2733";
    static final String BAR = "#1b6ca8";
    static final String MUTED = "#4a5a6a";

    /** One bar: its label and its value. */
    public record Bar(String label, long value) {
    }

    /** How tall the chart is. */
    int height() {
        return TOP + bars.size() * BAR_HEIGHT + 30;
    }

    /** How long the bar of this value is drawn: at least a pixel, the longest filling the plot. */
    long length(long value) {
        long max = Math.max(1, bars.stream().mapToLong(Bar::value).max().orElse(1));
        int plot = WIDTH - LABEL_WIDTH - 70;
        return Math.max(1, Math.round((double) value / max * plot));
    }

    /** What the chart says below its bars. */
    String footer() {
        return bars.isEmpty() ? "nothing to show" : counts;
    }

    /** The chart as an SVG document. */
    public String svg() {
        int height = height();
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" "
                + "font-family=\"sans-serif\" font-size=\"12\" role=\"img\" aria-label=\"%s\">%n", WIDTH, height, WIDTH,
            height, xml(title)));
        svg.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"#ffffff\"/>%n", WIDTH, height))
            .append(String.format(Locale.ROOT, "<text x=\"10\" y=\"22\" font-size=\"15\" font-weight=\"bold\" "
                + "fill=\"%s\">%s</text>%n", INK, xml(title)));
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int y = TOP + i * BAR_HEIGHT;
            long width = length(bar.value());
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" fill=\"%s\">%s</text>"
                    + "<rect class=\"bar\" x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"><title>%s: %,d</title>"
                    + "</rect><text x=\"%d\" y=\"%d\" fill=\"%s\">%,d</text>%n", LABEL_WIDTH - 8, y + 14, INK,
                xml(shortened(bar.label())), LABEL_WIDTH, y + 3, width, BAR_HEIGHT - 6, BAR, xml(bar.label()), bar.value(),
                LABEL_WIDTH + width + 6, y + 14, MUTED, bar.value()));
        }
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" fill=\"%s\">%s</text>%n", LABEL_WIDTH,
            height - 10, MUTED, xml(footer())));
        return svg.append("</svg>\n").toString();
    }

    /** The chart as a PNG image of the same layout as the SVG ({@link BarChartImage}). */
    public byte[] png() {
        return BarChartImage.png(this);
    }

    static String shortened(String label) {
        return label.length() > 34 ? label.substring(0, 33) + "…" : label;
    }

    /** The text without control characters, which neither XML nor a picture can show. */
    static String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(c -> c >= 0x20 || c == '\t').forEach(out::appendCodePoint);
        return out.toString();
    }

    static String xml(String text) {
        StringBuilder out = new StringBuilder(text.length());
        printable(text).codePoints().forEach(c -> {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}

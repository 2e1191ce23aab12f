package org.citycoop.graph.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

import javax.imageio.ImageIO;

/**
 * Draws a {@link BarChart} as a PNG image with Java 2D, in the layout of its SVG: for documents and slides that take
 * no SVG. Runs without a display.
 */
final class BarChartImage {
    private BarChartImage() {
    }

    static byte[] png(BarChart chart) {
        BufferedImage image = new BufferedImage(BarChart.WIDTH, chart.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.setColor(Color.decode(BarChart.INK));
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
            g.drawString(BarChart.printable(chart.title()), 10, 22);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            FontMetrics metrics = g.getFontMetrics();
            for (int i = 0; i < chart.bars().size(); i++) {
                BarChart.Bar bar = chart.bars().get(i);
                int y = BarChart.TOP + i * BarChart.BAR_HEIGHT;
                int length = (int) chart.length(bar.value());
                String label = BarChart.printable(BarChart.shortened(bar.label()));
                g.setColor(Color.decode(BarChart.INK));
                g.drawString(label, BarChart.LABEL_WIDTH - 8 - metrics.stringWidth(label), y + 14);
                g.setColor(Color.decode(BarChart.BAR));
                g.fillRect(BarChart.LABEL_WIDTH, y + 3, length, BarChart.BAR_HEIGHT - 6);
                g.setColor(Color.decode(BarChart.MUTED));
                g.drawString(String.format(Locale.ROOT, "%,d", bar.value()), BarChart.LABEL_WIDTH + length + 6, y + 14);
            }
            g.drawString(BarChart.printable(chart.footer()), BarChart.LABEL_WIDTH, image.getHeight() - 10);
        } finally {
            g.dispose();
        }
        return encoded(image);
    }

    private static byte[] encoded(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("PNG into memory", e);
        }
        return out.toByteArray();
    }
}

package org.pvdm.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * Draws docs/scale.png from scripts/bench-scale's scale.tsv: one small panel per figure, guests (log scale)
 * across, the figure up, its goal as a dashed line. Not a test. Arguments: TSV PNG.
 */
public final class ScalePlot {
    private static final String[] FIGURES = {"inventory_ms", "stats_tick_ms", "plan_ms", "apply_ms", "batch100_ms", "heap_mb"};
    private static final double[] GOALS = {Double.NaN, 20, Double.NaN, Double.NaN, 5000, 256};
    private static final int W = 300;
    private static final int H = 220;

    private ScalePlot() {}

    public static void main(String[] args) throws IOException {
        List<String[]> rows = new ArrayList<>();
        List<String> lines = Files.readAllLines(Path.of(args[0]));
        String[] header = lines.get(0).split("\t");
        for (String l : lines.subList(1, lines.size())) {
            rows.add(l.split("\t"));
        }
        BufferedImage img = new BufferedImage(3 * W, 2 * H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        for (int f = 0; f < FIGURES.length; f++) {
            int col = indexOf(header, FIGURES[f]);
            double[] xs = new double[rows.size()];
            double[] ys = new double[rows.size()];
            for (int i = 0; i < rows.size(); i++) {
                xs[i] = Double.parseDouble(rows.get(i)[0]);
                ys[i] = Double.parseDouble(rows.get(i)[col]);
            }
            panel(g, (f % 3) * W, (f / 3) * H, FIGURES[f], xs, ys, GOALS[f]);
        }
        g.dispose();
        ImageIO.write(img, "png", Path.of(args[1]).toFile());
    }

    private static int indexOf(String[] header, String name) {
        for (int i = 0; i < header.length; i++) {
            if (header[i].equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no column " + name);
    }

    private static void panel(Graphics2D g, int x0, int y0, String title, double[] xs, double[] ys, double goal) {
        int left = x0 + 55;
        int right = x0 + W - 15;
        int top = y0 + 30;
        int bottom = y0 + H - 35;
        double max = 0;
        for (double y : ys) {
            max = Math.max(max, y);
        }
        if (!Double.isNaN(goal)) {
            max = Math.max(max, goal);
        }
        max = max <= 0 ? 1 : max * 1.1;
        double lx0 = Math.log10(xs[0]);
        double lx1 = Math.log10(xs[xs.length - 1]);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
        g.drawString(title, x0 + 10, y0 + 18);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        g.drawLine(left, bottom, right, bottom);
        g.drawLine(left, top, left, bottom);
        g.drawString(String.format(Locale.ROOT, "%.0f", max), x0 + 5, top + 4);
        g.drawString("0", x0 + 40, bottom + 4);
        for (double x : xs) {
            int px = px(x, lx0, lx1, left, right);
            g.drawString(String.format(Locale.ROOT, "%,.0f", x), px - 12, bottom + 14);
        }
        g.drawString("guests (log scale)", (left + right) / 2 - 40, bottom + 28);
        if (!Double.isNaN(goal)) {
            g.setColor(new Color(200, 60, 60));
            g.setStroke(new BasicStroke(1, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {5, 4}, 0));
            int gy = py(goal, max, top, bottom);
            g.drawLine(left, gy, right, gy);
            g.drawString("goal " + String.format(Locale.ROOT, "%.0f", goal), right - 60, gy - 3);
        }
        g.setColor(new Color(40, 90, 180));
        g.setStroke(new BasicStroke(2));
        for (int i = 0; i < xs.length; i++) {
            int px = px(xs[i], lx0, lx1, left, right);
            int py = py(ys[i], max, top, bottom);
            g.fillOval(px - 3, py - 3, 7, 7);
            g.drawString(String.format(Locale.ROOT, "%.1f", ys[i]), px + 5, py - 5);
            if (i > 0) {
                g.drawLine(px(xs[i - 1], lx0, lx1, left, right), py(ys[i - 1], max, top, bottom), px, py);
            }
        }
    }

    private static int px(double x, double lx0, double lx1, int left, int right) {
        double t = lx1 == lx0 ? 0.5 : (Math.log10(x) - lx0) / (lx1 - lx0);
        return left + 10 + (int) (t * (right - left - 40));
    }

    private static int py(double y, double max, int top, int bottom) {
        return bottom - (int) (y / max * (bottom - top));
    }
}

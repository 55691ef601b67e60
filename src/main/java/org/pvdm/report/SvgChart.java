package org.pvdm.report;

import java.util.Locale;
import org.pvdm.stats.ChartScale;
import org.pvdm.stats.Metric;
import org.pvdm.stats.SeriesData;

/**
 * One metric of a compared pair as an inline SVG line chart: A and B each on their own time axis (seconds
 * since that side's first sample), on one shared y scale, with the mean of each as a dashed line.
 */
final class SvgChart {
    static final int WIDTH = 560;
    static final int HEIGHT = 220;
    private static final int LEFT = 64;
    private static final int RIGHT = 12;
    private static final int TOP = 28;
    private static final int BOTTOM = 36;
    static final String COLOR_A = "#b45309";
    static final String COLOR_B = "#15803d";

    private SvgChart() {}

    static String render(String title, Metric metric, SeriesData a, String labelA, SeriesData b, String labelB) {
        double[] va = a.values(metric);
        double[] vb = b.values(metric);
        double max = Math.max(max(va), max(vb));
        double top = ChartScale.niceCeiling(max);
        double span = Math.max(Math.max(span(a), span(b)), 1);
        int w = WIDTH - LEFT - RIGHT;
        int h = HEIGHT - TOP - BOTTOM;
        StringBuilder s = new StringBuilder();
        s.append("<svg xmlns='http://www.w3.org/2000/svg' width='").append(WIDTH).append("' height='").append(HEIGHT)
                .append("' viewBox='0 0 ").append(WIDTH).append(' ').append(HEIGHT).append("' role='img' aria-label='")
                .append(Html.esc(title)).append("'>");
        s.append("<rect width='100%' height='100%' fill='white'/>");
        s.append("<text x='").append(LEFT).append("' y='16' font-size='13' font-weight='bold'>").append(Html.esc(title))
                .append("</text>");
        for (int i = 0; i <= 4; i++) {
            double y = TOP + h - h * i / 4.0;
            s.append("<line x1='").append(LEFT).append("' x2='").append(LEFT + w).append("' y1='").append(f(y))
                    .append("' y2='").append(f(y)).append("' stroke='#e5e7eb'/>");
            s.append("<text x='").append(LEFT - 6).append("' y='").append(f(y + 4)).append("' font-size='10' text-anchor='end'>")
                    .append(Html.number(top * i / 4)).append("</text>");
        }
        for (int i = 0; i <= 4; i++) {
            double x = LEFT + w * i / 4.0;
            s.append("<text x='").append(f(x)).append("' y='").append(TOP + h + 14)
                    .append("' font-size='10' text-anchor='middle'>").append(String.format(Locale.ROOT, span >= 8 ? "%.0f" : "%.1f", span * i / 4)).append("</text>");
        }
        s.append("<text x='").append(LEFT + w / 2).append("' y='").append(HEIGHT - 6)
                .append("' font-size='10' text-anchor='middle'>seconds since each side's first sample</text>");
        s.append("<text x='12' y='").append(TOP + h / 2).append("' font-size='10' transform='rotate(-90 12 ")
                .append(TOP + h / 2).append(")' text-anchor='middle'>").append(Html.esc(metric.label())).append("</text>");
        line(s, a, va, top, span, w, h, COLOR_A);
        line(s, b, vb, top, span, w, h, COLOR_B);
        mean(s, va, top, w, h, COLOR_A);
        mean(s, vb, top, w, h, COLOR_B);
        s.append("<text x='").append(LEFT + 8).append("' y='").append(TOP + 12).append("' font-size='11' fill='")
                .append(COLOR_A).append("'>").append(Html.esc(labelA)).append("</text>");
        s.append("<text x='").append(LEFT + w - 8).append("' y='").append(TOP + 12)
                .append("' font-size='11' text-anchor='end' fill='").append(COLOR_B).append("'>").append(Html.esc(labelB))
                .append("</text>");
        return s.append("</svg>").toString();
    }

    private static void line(StringBuilder s, SeriesData d, double[] v, double top, double span, int w, int h, String color) {
        if (d.size() == 0) {
            return;
        }
        long t0 = d.timeMillis(0);
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < v.length; i++) {
            if (Double.isNaN(v[i])) {
                continue;
            }
            double x = LEFT + w * ((d.timeMillis(i) - t0) / 1000.0) / span;
            double y = TOP + h - h * (v[i] / top);
            points.append(f(x)).append(',').append(f(y)).append(' ');
        }
        s.append("<polyline fill='none' stroke='").append(color).append("' stroke-width='2' points='")
                .append(points.toString().strip()).append("'/>");
    }

    private static void mean(StringBuilder s, double[] v, double top, int w, int h, String color) {
        double sum = 0;
        int n = 0;
        for (double x : v) {
            if (!Double.isNaN(x)) {
                sum += x;
                n++;
            }
        }
        if (n == 0) {
            return;
        }
        double y = TOP + h - h * (sum / n / top);
        s.append("<line x1='").append(LEFT).append("' x2='").append(LEFT + w).append("' y1='").append(f(y))
                .append("' y2='").append(f(y)).append("' stroke='").append(color)
                .append("' stroke-dasharray='4 3' stroke-width='1'/>");
    }

    private static double max(double[] v) {
        double m = 0;
        for (double x : v) {
            m = Double.isNaN(x) ? m : Math.max(m, x);
        }
        return m;
    }

    private static double span(SeriesData d) {
        return d.size() < 2 ? 0 : (d.timeMillis(d.size() - 1) - d.timeMillis(0)) / 1000.0;
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}

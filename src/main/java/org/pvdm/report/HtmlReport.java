package org.pvdm.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.pvdm.stats.Comparison;
import org.pvdm.stats.Metric;
import org.pvdm.stats.Recording;
import org.pvdm.stats.SeriesData;
import org.pvdm.stats.SeriesKind;

/**
 * Writes the demo report: what was compared and where, the synthetic-counters notice when a side's counters
 * were made up, the ratio table (mean, median, p95 of each side and B/A), what was switched and when, and a
 * chart per compared pair and headline metric. One file, no script, nothing fetched.
 */
public final class HtmlReport {
    static final List<Metric> CHARTED = List.of(Metric.RD_OPS_S, Metric.RD_BYTES_S, Metric.WR_BYTES_S,
            Metric.RX_BYTES_S, Metric.TX_BYTES_S);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.RFC_1123_DATE_TIME;
    public static final String SYNTHETIC = "These counters are SYNTHETIC: libvirt's test driver makes up the same I/O"
            + " for every device, so an emulated and a paravirtual device look identical. Real differences need"
            + " real guests (pvdm lab up, then qemu:///system).";

    private HtmlReport() {}

    public static String render(ReportInput in) {
        Recording a = in.a().recording().only(k -> k.kind() != SeriesKind.GUEST);
        Recording b = in.b().recording().only(k -> k.kind() != SeriesKind.GUEST);
        Comparison c = in.pairs().isEmpty() ? Comparison.of(a, b) : Comparison.of(a, b, in.pairs());
        StringBuilder h = new StringBuilder(64 * 1024);
        head(h, in);
        syntheticNotice(h, in);
        compared(h, in, a, b);
        ratios(h, in, c);
        charts(h, in, a, b, c);
        h.append("</body></html>\n");
        return h.toString();
    }

    /** The page's head with its inline style, the title and when it was made. */
    private static void head(StringBuilder h, ReportInput in) {
        h.append("<!DOCTYPE html>\n<html lang='en'><head><meta charset='utf-8'><title>")
                .append(Html.esc(in.title())).append("</title><style>")
                .append("body{font-family:sans-serif;margin:24px;color:#111;max-width:1200px}")
                .append("h1{font-size:22px}h2{font-size:17px;margin-top:28px}")
                .append("table{border-collapse:collapse;font-size:13px}td,th{border:1px solid #d1d5db;padding:4px 8px;text-align:right}")
                .append("th{background:#f3f4f6}td.l,th.l{text-align:left}.notice{background:#fef3c7;border:1px solid #d97706;")
                .append("padding:8px 12px;font-weight:bold}.charts{display:flex;flex-wrap:wrap;gap:12px}")
                .append(".a{color:").append(SvgChart.COLOR_A).append("}.b{color:").append(SvgChart.COLOR_B).append("}")
                .append("</style></head><body>\n");
        h.append("<h1>").append(Html.esc(in.title())).append("</h1>\n");
        h.append("<p>Made by pvdm on ").append(Html.esc(WHEN.format(in.created().atZone(ZoneId.systemDefault()))))
                .append(".</p>\n");
    }

    /** The notice naming each side whose counters were made up; nothing when none was. */
    private static void syntheticNotice(StringBuilder h, ReportInput in) {
        List<String> fake = new ArrayList<>();
        for (ReportInput.Side s : List.of(in.a(), in.b())) {
            if (s.synthetic().orElse(false)) {
                fake.add(s.role() + " (" + s.host() + ")");
            }
        }
        if (!fake.isEmpty()) {
            h.append("<p class='notice' id='synthetic'>").append(Html.esc(String.join(" and ", fake))).append(": ")
                    .append(Html.esc(SYNTHETIC)).append("</p>\n");
        }
    }

    /** What was compared (a row per side), the details, and what was switched. */
    private static void compared(StringBuilder h, ReportInput in, Recording a, Recording b) {
        h.append("<h2>What was compared</h2>\n<table><tr><th class='l'></th><th class='l'>guests</th><th class='l'>host</th>")
                .append("<th class='l'>counters</th><th class='l'>source</th><th>samples</th><th class='l'>from</th><th class='l'>to</th></tr>\n");
        side(h, in.a(), a, "a");
        side(h, in.b(), b, "b");
        h.append("</table>\n");
        if (!in.details().isEmpty()) {
            h.append("<ul>");
            in.details().forEach(d -> h.append("<li>").append(Html.esc(d)).append("</li>"));
            h.append("</ul>\n");
        }
        if (!in.switched().isEmpty()) {
            h.append("<h2>What was switched</h2>\n<ul id='switched'>");
            in.switched().forEach(d -> h.append("<li>").append(Html.esc(d)).append("</li>"));
            h.append("</ul>\n");
        }
    }

    /** The ratio table, or why there is none, and the devices left without a like device on the other side. */
    private static void ratios(StringBuilder h, ReportInput in, Comparison c) {
        h.append("<h2>Ratios (").append(Html.esc(in.b().role())).append(" / ").append(Html.esc(in.a().role()))
                .append(", of the means)</h2>\n");
        if (c.rows().isEmpty()) {
            h.append("<p>No pair of like devices with data on both sides: nothing to compare.</p>\n");
        } else {
            h.append("<table id='ratios'><tr><th class='l'>").append(Html.esc(in.b().role())).append("</th><th class='l'>")
                    .append(Html.esc(in.a().role())).append("</th><th class='l'>metric</th><th>ratio</th>")
                    .append("<th>mean B</th><th>mean A</th><th>median B</th><th>median A</th><th>p95 B</th><th>p95 A</th></tr>\n");
            for (Comparison.Row r : c.rows()) {
                ratioRow(h, r);
            }
            h.append("</table>\n");
        }
        if (!c.unpaired().isEmpty()) {
            List<String> names = new ArrayList<>();
            c.unpaired().forEach(k -> names.add(k.label() + " (" + k.kind().label() + ")"));
            h.append("<p>Not compared (no like device on the other side): ").append(Html.esc(String.join(", ", names)))
                    .append(".</p>\n");
        }
    }

    private static void ratioRow(StringBuilder h, Comparison.Row r) {
        h.append("<tr><td class='l'>").append(Html.esc(r.labelB())).append("</td><td class='l'>")
                .append(Html.esc(r.labelA())).append("</td><td class='l'>").append(Html.esc(r.metric().label()))
                .append("</td><td><b>").append(Html.esc(r.ratioText())).append("</b></td>");
        for (double v : new double[] {r.b().mean(), r.a().mean(), r.b().median(), r.a().median(), r.b().p95(), r.a().p95()}) {
            h.append("<td>").append(Html.number(v)).append("</td>");
        }
        h.append("</tr>\n");
    }

    /** The legend, then a chart per compared pair and charted metric that has data on either side. */
    private static void charts(StringBuilder h, ReportInput in, Recording a, Recording b, Comparison c) {
        h.append("<h2>Charts</h2>\n<p><span class='a'>&#9632; ").append(Html.esc(in.a().role()))
                .append("</span> &nbsp; <span class='b'>&#9632; ").append(Html.esc(in.b().role()))
                .append("</span> &nbsp; dashed: the mean of each side.</p>\n<div class='charts'>\n");
        List<Comparison.Pair> pairs = c.rows().stream().map(Comparison.Row::pair).distinct().toList();
        for (Comparison.Pair p : pairs) {
            SeriesData da = a.series(p.a()).orElseThrow();
            SeriesData db = b.series(p.b()).orElseThrow();
            for (Metric m : CHARTED) {
                if (m.kind() == p.a().kind() && (has(da, m) || has(db, m))) {
                    String la = in.a().role() + ": " + da.guestName() + "/" + p.a().label();
                    String lb = in.b().role() + ": " + db.guestName() + "/" + p.b().label();
                    h.append(SvgChart.render(p.b().label() + " vs " + p.a().label() + " — " + m.label(), m, da, la, db, lb))
                            .append('\n');
                }
            }
        }
        h.append("</div>\n");
    }

    private static void side(StringBuilder h, ReportInput.Side s, Recording r, String css) {
        List<String> guests = r.keys().stream().map(k -> r.guestName(k.guestUuid())).distinct().toList();
        long from = Long.MAX_VALUE;
        long to = Long.MIN_VALUE;
        int samples = 0;
        for (var k : r.keys()) {
            SeriesData d = r.series(k).orElseThrow();
            if (d.size() > 0) {
                from = Math.min(from, d.timeMillis(0));
                to = Math.max(to, d.timeMillis(d.size() - 1));
                samples = Math.max(samples, d.size());
            }
        }
        String counters = s.synthetic().map(x -> x ? "synthetic (test driver)" : "real").orElse("not recorded");
        h.append("<tr><td class='l ").append(css).append("'><b>").append(Html.esc(s.role())).append("</b></td><td class='l'>")
                .append(Html.esc(String.join(", ", guests))).append("</td><td class='l'>").append(Html.esc(s.host()))
                .append("</td><td class='l'>").append(Html.esc(counters)).append("</td><td class='l'>")
                .append(Html.esc(s.source())).append("</td><td>").append(samples).append("</td><td class='l'>")
                .append(samples == 0 ? "" : Html.esc(WHEN.format(java.time.Instant.ofEpochMilli(from).atZone(ZoneId.systemDefault()))))
                .append("</td><td class='l'>")
                .append(samples == 0 ? "" : Html.esc(WHEN.format(java.time.Instant.ofEpochMilli(to).atZone(ZoneId.systemDefault()))))
                .append("</td></tr>\n");
    }

    private static boolean has(SeriesData d, Metric m) {
        for (double v : d.values(m)) {
            if (!Double.isNaN(v)) {
                return true;
            }
        }
        return false;
    }

    /** Writes the report atomically (a temporary file in the same folder, then renamed). */
    public static void write(Path file, ReportInput in) throws IOException {
        String html = render(in);
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
        try {
            Files.writeString(tmp, html, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}

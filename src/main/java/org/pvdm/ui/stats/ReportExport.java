package org.pvdm.ui.stats;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.pvdm.report.HtmlReport;
import org.pvdm.report.ReportInput;
import org.pvdm.stats.History;
import org.pvdm.stats.Recording;
import org.pvdm.stats.SeriesData;
import org.pvdm.stats.SeriesKey;
import org.pvdm.stats.SeriesKind;
import org.pvdm.ui.common.DialogService;
import org.pvdm.ui.common.Problem;
import org.pvdm.ui.common.TaskRunner;

/** Statistics > Export report: the comparison shown, as one self-contained HTML file (off the FX thread). */
final class ReportExport {
    private ReportExport() {}

    /**
     * @param switched what was switched on the shown guest and when, one line each
     * @param details  interval and mode, one line each
     */
    static void save(History history, Watch w, SideHosts hosts, List<String> switched,
                     List<String> details, Path typed, TaskRunner runner, DialogService dialogs) {
        Path file = ExportName.fix(typed, "html");
        runner.run("write the report " + file, () -> {
            ReportInput in = input(history, w, hosts, switched, details);
            HtmlReport.write(file, in);
            return file;
        }, saved -> dialogs.showInfo("Report saved", "Saved the report to " + saved + ExportName.note(typed, saved)
                + ". It is one HTML file: open it in any browser, or mail it."),
                failure -> dialogs.showError(Problem.of("Export the report", failure)));
    }

    static ReportInput input(History history, Watch w, SideHosts hosts, List<String> switched,
                             List<String> details) {
        if (w.a() == null || w.b() == null) {
            throw new IllegalStateException("pick what to compare first: there is no guest on one side");
        }
        List<SeriesKey> keysB = FrameBuilder.keysOf(history, w.b());
        if (w.mode() == StatsMode.BEFORE_AFTER) {
            Recording kept = w.before();
            if (kept == null || kept.isEmpty()) {
                throw new IllegalStateException("no \"before\" kept yet for " + w.a().name()
                        + ": press \"Keep as before\" or switch the guest first");
            }
            Instant after = Instant.ofEpochMilli(FrameBuilder.end(kept) + 1);
            List<SeriesData> data = keysB.stream().map(k -> history.since(k, after)).filter(d -> !d.isEmpty()).toList();
            Recording a = kept.only(k -> k.kind() != SeriesKind.GUEST).from(hosts.a(), hosts.syntheticA());
            Recording b = new Recording(data).from(hosts.b(), hosts.syntheticB());
            Pairing p = Pairing.beforeAfter(a.keys(), b.keys(), w.renames());
            return new ReportInput(w.a().name() + " before and after its switch",
                    new ReportInput.Side("before", "kept before the switch", a),
                    new ReportInput.Side("after", "sampled live after the switch", b), p.pairs(), switched, details,
                    Instant.now());
        }
        List<SeriesKey> keysA = FrameBuilder.keysOf(history, w.a());
        Pairing p = Pairing.likeWithLike(keysA, keysB, k -> w.a().classOf(k), k -> w.b().classOf(k));
        Recording a = history.snapshot(keysA).from(hosts.a(), hosts.syntheticA());
        Recording b = history.snapshot(keysB).from(hosts.b(), hosts.syntheticB());
        return new ReportInput(w.b().name() + " against " + w.a().name(), new ReportInput.Side(w.a().name(),
                "sampled live", a), new ReportInput.Side(w.b().name(), "sampled live", b), p.pairs(), switched,
                details, Instant.now());
    }

    /** "hda -> vda, hdb -> sdb (switched at 12:03:10)". */
    static String switchedLine(Map<String, String> renames, Instant when) {
        StringBuilder s = new StringBuilder();
        renames.forEach((old, now) -> s.append(s.length() == 0 ? "" : ", ").append(old).append(" \u2192 ").append(now));
        return (s.length() == 0 ? "devices switched in place (names kept)" : s.toString()) + " (switched at "
                + java.time.LocalTime.ofInstant(when, java.time.ZoneId.systemDefault()).withNano(0) + ")";
    }
}

package org.pvdm.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.pvdm.host.GuestSummary;
import org.pvdm.host.Host;
import org.pvdm.host.HostException;
import org.pvdm.host.HostUris;
import org.pvdm.report.HtmlReport;
import org.pvdm.report.ReportInput;
import org.pvdm.stats.Comparison;
import org.pvdm.stats.Recording;
import org.pvdm.stats.RecordingStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "compare", description = {"Compare A with B side by side: per disk, NIC (and CPU, live) the mean,"
        + " median and 95th percentile of every rate and the ratio B/A, then one summary line each"
        + " (\"vda: 1.93x the read ops/s of hda\").",
        "A and B are recording files (pvdm record), names in the recordings folder, or running guests, which are"
        + " sampled together for --seconds."})
final class CompareCommand implements Callable<Integer> {
    @Mixin
    ConnectOption connect;

    @Parameters(index = "0", paramLabel = "A", description = "recording file or name, or guest (the baseline)")
    String a;

    @Parameters(index = "1", paramLabel = "B", description = "recording file or name, or guest")
    String b;

    @Option(names = "--seconds", paramLabel = "N", converter = SecondsConverter.class,
            description = "how long to sample live guests (default 10)")
    Duration seconds;

    @Option(names = "--interval", paramLabel = "S", converter = SecondsConverter.class,
            description = "seconds between live samples, 0.25 to 60 (default 1)")
    Duration interval;

    @Option(names = "--report", paramLabel = "FILE.html", description = "also write a self-contained HTML report"
            + " (charts, ratio table with mean/median/p95, hosts, synthetic-counters notice) to FILE.html")
    Path report;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        checkReport();
        Duration every = Seconds.interval(interval);
        Duration length = seconds == null ? Duration.ofSeconds(10) : Seconds.atLeast("--seconds", seconds, every);
        RecordingStore store = Recordings.store();
        CompareSide sideA = CompareSide.resolve(a, store);
        CompareSide sideB = CompareSide.resolve(b, store);
        Recording ra = sideA.live() ? null : sideA.load();
        Recording rb = sideB.live() ? null : sideB.load();
        PrintWriter out = spec.commandLine().getOut();
        List<String> heading = new ArrayList<>();
        if (sideA.live() || sideB.live()) {
            Recording[] live = sampleLive(sideA, sideB, every, length, heading);
            ra = sideA.live() ? live[0] : ra;
            rb = sideB.live() ? live[1] : rb;
        }
        heading.add(0, "A: " + describe(sideA, ra));
        heading.add(1, "B: " + describe(sideB, rb));
        heading.forEach(out::println);
        out.println();
        out.print(ComparisonText.render(Comparison.of(ra, rb)));
        if (report != null) {
            writeReport(sideA, ra, sideB, rb, out);
        }
        return ExitCodes.OK;
    }

    private void writeReport(CompareSide sideA, Recording ra, CompareSide sideB, Recording rb, PrintWriter out) {
        Path file = report.toAbsolutePath();
        ReportInput in = new ReportInput(
                "pvdm compare: " + guestNames(rb, sideB.guest()) + " against " + guestNames(ra, sideA.guest()),
                new ReportInput.Side("A", source(sideA), ra),
                new ReportInput.Side("B", source(sideB), rb), List.of(), List.of(), List.of(),
                Instant.now());
        try {
            HtmlReport.write(file, in);
        } catch (IOException e) {
            throw new CliException(ExitCodes.IO, "cannot write the report " + file + ": " + e.getMessage()
                    + " (check the folder exists and is writable)");
        }
        out.println();
        out.println("report written to " + file);
    }

    /** Refuses a bad --report before anything is sampled or printed. */
    private void checkReport() {
        if (report == null) {
            return;
        }
        Path file = report.toAbsolutePath();
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".html") && !name.endsWith(".htm")) {
            throw new CliException(ExitCodes.USAGE, "--report " + report + ": the report is HTML; name it FILE.html");
        }
        if (!Files.isDirectory(file.getParent())) {
            throw new CliException(ExitCodes.IO, "--report " + report + ": the folder " + file.getParent()
                    + " does not exist; create it or name another");
        }
    }

    private static String source(CompareSide side) {
        return side.live() ? "sampled live" : "recording " + side.file();
    }

    private static String describe(CompareSide side, Recording r) {
        String what = side.live() ? "live " : "recording " + side.file() + ": ";
        return what + guestNames(r, side.guest()) + " (" + Recordings.describe(r) + ")";
    }

    private static String guestNames(Recording r, String fallback) {
        List<String> names = r.keys().stream().map(k -> r.guestName(k.guestUuid())).distinct().toList();
        return names.isEmpty() ? (fallback == null ? "no series" : fallback) : String.join(", ", names);
    }

    /** Samples the live side(s) together; [A, B], null for a side that is a recording. */
    private Recording[] sampleLive(CompareSide sideA, CompareSide sideB, Duration every, Duration length,
                                   List<String> heading) throws HostException {
        PrintWriter err = spec.commandLine().getErr();
        try (RunControl control = RunControl.install(); Host host = connect.open(false)) {
            List<String> names = new ArrayList<>();
            List<GuestSummary> found = new ArrayList<>();
            for (CompareSide side : List.of(sideA, sideB)) {
                if (side.live()) {
                    GuestSummary g = find(host, side.guest());
                    if (!g.state().active()) {
                        throw new CliException(ExitCodes.CONFLICT, GuestSelection.shutOff(List.of(g.name())));
                    }
                    names.add(g.uuid());
                    found.add(g);
                }
            }
            Notices.demo(host, spec);
            GuestSelection selection = GuestSelection.of(host, names, err);
            LiveRecorder recorder = new LiveRecorder(host, selection, every, length);
            err.println("sampling " + String.join(" and ", found.stream().map(GuestSummary::name).toList()) + " for "
                    + Seconds.text(length) + " every " + Seconds.text(every) + "...");
            err.flush();
            if (recorder.run(control, err)) {
                heading.add("note: interrupted by Ctrl-C: compared what was sampled so far");
            }
            Recording[] result = new Recording[2];
            int i = 0;
            for (int s = 0; s < 2; s++) {
                if ((s == 0 ? sideA : sideB).live()) {
                    result[s] = recorder.recording(found.get(i++).uuid()).from(host.displayName(),
                            host.syntheticCounters());
                }
            }
            return result;
        }
    }

    private GuestSummary find(Host host, String guest) throws HostException {
        try {
            return host.guest(guest);
        } catch (HostException e) {
            if (e.kind() == HostException.Kind.NOT_FOUND) {
                throw new CliException(ExitCodes.NOT_FOUND, "'" + guest + "' is neither a recording (a file, or a name in "
                        + Recordings.store().directory() + ") nor a guest on " + HostUris.displayName(connect.resolved()));
            }
            throw e;
        }
    }
}

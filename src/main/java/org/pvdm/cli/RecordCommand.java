package org.pvdm.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.pvdm.host.GuestSummary;
import org.pvdm.host.Host;
import org.pvdm.stats.Recording;
import org.pvdm.stats.RecordingStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "record", description = {"Sample a running guest's disks and NICs for some seconds and save the rates"
        + " as a recording (CSV, the columns of stats --csv plus guest_uuid) for pvdm compare.",
        "Default file: $XDG_DATA_HOME/pvdm/recordings/GUEST-YYYYMMDD-HHMMSS.csv (~/.local/share/pvdm/recordings)."})
final class RecordCommand implements Callable<Integer> {
    @Mixin
    ConnectOption connect;

    @Parameters(index = "0", paramLabel = "GUEST", description = "guest name or UUID")
    String guest;

    @Option(names = "--seconds", paramLabel = "N", converter = SecondsConverter.class,
            description = "how long to sample (required)")
    Duration seconds;

    @Option(names = "--interval", paramLabel = "S", converter = SecondsConverter.class,
            description = "seconds between samples, 0.25 to 60 (default 1)")
    Duration interval;

    @Option(names = "--out", paramLabel = "FILE", description = "where to save (default: the recordings folder)")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Duration every = Seconds.interval(interval);
        Duration length = Seconds.atLeast("--seconds", seconds, every);
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (RunControl control = RunControl.install(); Host host = connect.forGuest(guest).open(false)) {
            GuestSelection selection = GuestSelection.of(host, List.of(guest), err);
            GuestSummary g = selection.guests().get(0);
            Notices.demo(host, spec);
            LiveRecorder recorder = new LiveRecorder(host, selection, every, length);
            err.println("recording " + g.name() + " for " + Seconds.text(length) + " every " + Seconds.text(every)
                    + " (Ctrl-C stops early and saves what was recorded)");
            err.flush();
            boolean cut = recorder.run(control, err);
            Recording recording = recorder.recording(g.uuid()).from(host.displayName(), host.syntheticCounters());
            if (recording.rows().isEmpty()) {
                throw new CliException(ExitCodes.CONFLICT, "nothing recorded of " + g.name()
                        + (cut ? ": interrupted before the second sample" : ": it stopped or its counters could not be read"));
            }
            Path file = save(g.name(), recording);
            stdout.println("saved " + g.name() + " (" + Recordings.describe(recording) + (cut ? ", cut short by Ctrl-C" : "")
                    + ") to " + file);
            return ExitCodes.OK;
        }
    }

    private Path save(String name, Recording recording) {
        Path target = out != null ? out.toAbsolutePath()
                : Recordings.store().file(Recordings.defaultName(name, Instant.now()));
        try {
            RecordingStore.save(target, recording);
            return target;
        } catch (IOException e) {
            throw new CliException(ExitCodes.IO, "cannot save the recording to " + target + ": " + e);
        }
    }
}

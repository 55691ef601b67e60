package org.pvdm.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.pvdm.host.Host;
import org.pvdm.host.HostUris;
import org.pvdm.host.StatsSource;
import org.pvdm.stats.CsvFormat;
import org.pvdm.stats.ReconnectingSource;
import org.pvdm.stats.Sampler;
import org.pvdm.stats.StatsTick;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "stats", description = {"Live I/O statistics per disk and NIC of one or more running guests, side by"
        + " side: read/write bytes/s and ops/s (and latency where the host reports it), NIC bytes/s and packets/s,"
        + " guest CPU use. On a terminal the table is redrawn in place until Ctrl-C; otherwise one block per tick.",
        "With --csv: one row per disk and NIC per tick, from the second sample on."})
final class StatsCommand implements Callable<Integer> {
    @Mixin
    ConnectOption connect;

    @Parameters(arity = "1..*", paramLabel = "GUEST", description = "guest names or UUIDs")
    List<String> guests;

    @Option(names = "--interval", paramLabel = "S", converter = SecondsConverter.class,
            description = "seconds between samples, 0.25 to 60 (default 1)")
    Duration interval;

    @Option(names = "--count", paramLabel = "N", description = "stop after N ticks with rates (default: until Ctrl-C)")
    Integer count;

    @Option(names = "--csv", description = "CSV on stdout: " + CsvFormat.HEADER + " (a NIC is named by"
            + " its MAC; time in ISO 8601 UTC)")
    boolean csv;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Duration every = Seconds.interval(interval);
        if (count != null && count < 1) {
            throw new CliException(ExitCodes.USAGE, "--count must be at least 1, got " + count);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (RunControl control = RunControl.install(); Host host = connect.forGuest(guests.get(0)).open(false)) {
            GuestSelection selection = GuestSelection.of(host, guests, err);
            Notices.demo(host, spec);
            selection.warmUp(host);
            LiveState state = new LiveState(selection);
            Consumer<StatsTick> sink;
            BooleanSupplier broken;
            if (csv) {
                CsvTicks ticks = new CsvTicks(out, err, state);
                ticks.header();
                sink = ticks;
                broken = ticks::broken;
            } else {
                LiveTicks ticks = new LiveTicks(out, err, Terminal.detect(), state,
                        "pvdm stats: " + HostUris.displayName(connect.resolved()) + ", every " + Seconds.text(every));
                sink = ticks;
                broken = ticks::broken;
            }
            StatsSource source = new ReconnectingSource(host.stats(), () -> connect.open(false));
            try (Sampler sampler = new Sampler("stats", source, every)) {
                sampler.watch(selection.uuids());
                sampler.addListener(limited(sink, broken, control));
                sampler.start();
                control.await();
            }
        }
        return ExitCodes.OK;
    }

    /** Passes ticks on until --count ticks with rates (every tick after the first) went out, or stdout closed. */
    private Consumer<StatsTick> limited(Consumer<StatsTick> sink, BooleanSupplier broken,
                                        RunControl control) {
        AtomicLong shown = new AtomicLong();
        return tick -> {
            if (count != null && shown.get() >= count) {
                return;
            }
            sink.accept(tick);
            boolean rated = tick.sequence() >= 2 && !tick.isPaused(); // a disconnected tick has no rates
            if ((rated && count != null && shown.incrementAndGet() >= count) || broken.getAsBoolean()) {
                control.finish();
            }
        };
    }
}

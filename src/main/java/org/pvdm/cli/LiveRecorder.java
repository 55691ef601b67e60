package org.pvdm.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.pvdm.host.Host;
import org.pvdm.host.HostException;
import org.pvdm.stats.History;
import org.pvdm.stats.Recording;
import org.pvdm.stats.Sampler;

/**
 * Samples guests for a while into a {@link History} (for {@code record} and a live {@code compare}): as many
 * ticks with rates as fit in the duration (10 s at 1 s: 10), so the rates cover the duration. A guest that
 * stops or a lost connection gets a note on stderr; Ctrl-C ends early and keeps what was sampled.
 */
final class LiveRecorder {
    private final Host host;
    private final GuestSelection selection;
    private final Duration interval;
    private final Duration duration;
    private final History history;

    LiveRecorder(Host host, GuestSelection selection, Duration interval, Duration duration) {
        this.host = host;
        this.selection = selection;
        this.interval = interval;
        this.duration = duration;
        this.history = new History(duration.plus(interval.multipliedBy(4)), interval);
    }

    /** Ticks with rates the duration asks for: duration / interval, rounded, at least 1. */
    long ticks() {
        return Math.max(1, Math.round((double) duration.toNanos() / interval.toNanos()));
    }

    /** Samples until the ticks are in or Ctrl-C; true when Ctrl-C cut it short. */
    boolean run(RunControl control, PrintWriter err) throws HostException {
        selection.warmUp(host);
        LiveState state = new LiveState(selection);
        AtomicLong done = new AtomicLong();
        long wanted = ticks();
        try (Sampler sampler = new Sampler("record", host.stats(), interval)) {
            sampler.watch(selection.uuids());
            sampler.addListener(tick -> {
                if (done.get() >= wanted) {
                    return;
                }
                history.append(tick);
                state.update(tick);
                state.changes().forEach(c -> err.println("note: " + c));
                err.flush();
                if (tick.sequence() >= 2 && done.incrementAndGet() >= wanted) {
                    control.finish();
                }
            });
            sampler.start();
            return control.await();
        }
    }

    /** What was sampled of one guest (its disks, NICs and CPU); empty when nothing was. */
    Recording recording(String uuid) {
        return history.snapshot(history.keys().stream().filter(k -> k.guestUuid().equalsIgnoreCase(uuid)).toList());
    }
}

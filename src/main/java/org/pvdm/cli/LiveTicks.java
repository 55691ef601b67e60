package org.pvdm.cli;

import java.io.PrintWriter;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.pvdm.stats.StatsTick;

/**
 * {@code pvdm stats} without --csv: on a terminal, the frame is redrawn in place every tick (cursor home,
 * each line cleared to its end, the rest of the screen cleared: no flicker); otherwise (a pipe, a file)
 * one plain frame after the other, from the first tick with rates on, without ANSI codes.
 */
final class LiveTicks implements Consumer<StatsTick> {
    static final String HOME = "\u001b[H";
    static final String CLEAR_LINE = "\u001b[K";
    static final String CLEAR_BELOW = "\u001b[J";
    private static final DateTimeFormatter CLOCK =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private final PrintWriter out;
    private final PrintWriter err;
    private final Terminal terminal;
    private final LiveState state;
    private final String title;

    /** @param title "pvdm stats: demo host, every 1 s" */
    LiveTicks(PrintWriter out, PrintWriter err, Terminal terminal, LiveState state, String title) {
        this.out = out;
        this.err = err;
        this.terminal = terminal;
        this.state = state;
        this.title = title;
    }

    @Override
    public void accept(StatsTick tick) {
        state.update(tick);
        if (!terminal.ansi()) {
            state.changes().forEach(c -> err.println("note: " + c));
            err.flush();
            if (tick.sequence() < 2 && !tick.isPaused()) {
                return; // nothing to show yet: no frame of "waiting for a second sample" in a log
            }
        }
        List<String> lines = LiveFrame.render(state, header(tick), terminal.width());
        StringBuilder sb = new StringBuilder(4096);
        if (terminal.ansi()) {
            sb.append(HOME);
            lines.forEach(l -> sb.append(l).append(CLEAR_LINE).append('\n'));
            sb.append(CLEAR_BELOW);
        } else {
            lines.forEach(l -> sb.append(l).append('\n'));
            sb.append('\n');
        }
        out.print(sb);
        out.flush();
    }

    private List<String> header(StatsTick tick) {
        List<String> h = new ArrayList<>();
        h.add(title + ", " + CLOCK.format(tick.time()) + (terminal.ansi() ? "   (Ctrl-C to quit)" : ""));
        if (state.synthetic()) {
            h.add("note: synthetic counters (libvirt's test driver): every device shows the same rates");
        }
        if (state.dropped() > 0) {
            h.add("note: " + state.dropped() + " tick(s) dropped: the host answered slower than the interval");
        }
        return h;
    }

    boolean broken() {
        return out.checkError();
    }
}

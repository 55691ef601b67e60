package org.pvdm.cli;

import java.io.PrintWriter;
import java.util.function.Consumer;
import org.pvdm.stats.CsvFormat;
import org.pvdm.stats.StatsRow;
import org.pvdm.stats.StatsTick;

/**
 * {@code pvdm stats --csv}: the header at once, then one line per disk and NIC per tick (none for the first
 * tick, which has no rates yet); a series that pauses or ends gets a note on stderr, never a made-up row.
 */
final class CsvTicks implements Consumer<StatsTick> {
    private final PrintWriter out;
    private final PrintWriter err;
    private final LiveState state;

    CsvTicks(PrintWriter out, PrintWriter err, LiveState state) {
        this.out = out;
        this.err = err;
        this.state = state;
    }

    void header() {
        out.print(CsvFormat.HEADER + "\n");
        out.flush();
    }

    @Override
    public void accept(StatsTick tick) {
        state.update(tick);
        StringBuilder lines = new StringBuilder();
        for (StatsRow row : CsvFormat.rows(tick)) {
            lines.append(CsvFormat.line(row)).append('\n');
        }
        out.print(lines);
        out.flush();
        for (String change : state.changes()) {
            err.println("note: " + change);
        }
        err.flush();
    }

    /** True once stdout is gone (a closed pipe such as `| head`). */
    boolean broken() {
        return out.checkError();
    }
}

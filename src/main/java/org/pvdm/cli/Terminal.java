package org.pvdm.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether stdout is a terminal that understands ANSI codes, and how wide it is (asked again at most every
 * 2 s, so a resized window is followed).
 */
final class Terminal {
    static final int DEFAULT_WIDTH = 80;
    private static final Logger LOG = LoggerFactory.getLogger(Terminal.class);
    private static final long RECHECK_NANOS = TimeUnit.SECONDS.toNanos(2);

    private final boolean ansi;
    private int width;
    private long checkedAt;

    private Terminal(boolean ansi) {
        this.ansi = ansi;
        this.width = envWidth();
        this.checkedAt = System.nanoTime() - RECHECK_NANOS - 1;
    }

    /** This JVM's stdout: ANSI only on an interactive terminal whose TERM is set and not "dumb". */
    static Terminal detect() {
        String term = System.getenv("TERM");
        boolean ansi = System.console() != null && term != null && !term.isBlank() && !term.equals("dumb");
        return new Terminal(ansi);
    }

    boolean ansi() {
        return ansi;
    }

    /** Columns: the terminal's (stty), else $COLUMNS, else 80. */
    int width() {
        if (ansi && System.nanoTime() - checkedAt > RECHECK_NANOS) {
            checkedAt = System.nanoTime();
            int w = sttyWidth();
            width = w > 0 ? w : envWidth();
        }
        return width;
    }

    private static int envWidth() {
        try {
            int w = Integer.parseInt(System.getenv().getOrDefault("COLUMNS", "").strip());
            return w >= 20 ? w : DEFAULT_WIDTH;
        } catch (NumberFormatException e) {
            return DEFAULT_WIDTH;
        }
    }

    /** "ROWS COLS" from {@code stty size} on /dev/tty; 0 when that does not work. */
    private static int sttyWidth() {
        try {
            Process p = new ProcessBuilder("stty", "size").redirectInput(new File("/dev/tty"))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
            if (!p.waitFor(1, TimeUnit.SECONDS)) {
                p.destroy();
                return 0;
            }
            String[] f = text.split("\\s+");
            return f.length == 2 ? Integer.parseInt(f[1]) : 0;
        } catch (IOException | NumberFormatException e) {
            LOG.debug("no terminal width from stty: {}", e.toString());
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }
}

package org.pvdm.ui.app;

import java.util.List;
import java.util.Optional;

/**
 * The command lines that open the GUI: none, or only {@code --connect URI} / {@code -c URI} (and -v). Anything
 * else is a CLI command. No JavaFX here: {@link org.pvdm.Main} reads it before deciding.
 *
 * @param connect the URI given, or null
 */
public record GuiArgs(String connect, boolean verbose) {

    public static Optional<GuiArgs> parse(List<String> args) {
        String connect = null;
        boolean verbose = false;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("-v") || a.equals("--verbose")) {
                verbose = true;
            } else if ((a.equals("-c") || a.equals("--connect")) && i + 1 < args.size() && connect == null) {
                connect = args.get(++i);
            } else if (a.startsWith("--connect=") && connect == null) {
                connect = a.substring("--connect=".length());
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(new GuiArgs(connect, verbose));
    }

    public static Optional<GuiArgs> parse(String[] args) {
        return parse(List.of(args));
    }

    /** True when a display server is there to show a window. */
    public static boolean displayAvailable() {
        return notBlank(System.getenv("DISPLAY")) || notBlank(System.getenv("WAYLAND_DISPLAY"));
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}

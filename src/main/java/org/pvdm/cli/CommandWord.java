package org.pvdm.cli;

/**
 * The command word of a command line: the first argument that is not an option of the top level (-c/--connect
 * URI, -v, -h, -V), or null (also when an argument file may hold it). No logger here: Main asks it before
 * logging is set up, to start the warm-up at once.
 */
final class CommandWord {
    private CommandWord() {}

    static String of(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("-c") || a.equals("--connect")) {
                i++;
            } else if (a.equals("--") || a.startsWith("@")) {
                return null;
            } else if (!a.startsWith("-")) {
                return a;
            }
        }
        return null;
    }

    /**
     * The host a command line names, as its one {@code -c URI}, {@code --connect URI} or {@code --connect=URI}
     * wherever it stands (before or after the command word): the value, "" for none, or null when the line names
     * several or may name one in a form this does not read (an argument file, {@code -cURI}).
     */
    static String connectValue(String[] args) {
        String value = "";
        int seen = 0;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--") || a.startsWith("@")) {
                return null;
            }
            if ((a.equals("-c") || a.equals("--connect")) && i + 1 < args.length) {
                value = args[++i];
                seen++;
            } else if (a.startsWith("--connect=")) {
                value = a.substring("--connect=".length());
                seen++;
            } else if (a.startsWith("-c") || a.startsWith("--connect")) {
                return null;
            }
        }
        return seen <= 1 ? value : null;
    }
}

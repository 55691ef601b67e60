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
}

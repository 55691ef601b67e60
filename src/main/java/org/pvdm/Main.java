package org.pvdm;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.pvdm.cli.Cli;

/**
 * The launcher: runs a CLI command, or (later) the GUI. Kept apart from any JavaFX Application class so
 * that the app starts from a plain class path.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        configureLogging(args);
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(Cli.run(args, out, err));
    }

    /** slf4j-simple reads its level once, at the first logger: set it before anything logs. */
    static void configureLogging(String[] args) {
        for (String a : args) {
            if (a.equals("-v") || a.equals("--verbose")) {
                System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "debug");
            }
        }
    }
}

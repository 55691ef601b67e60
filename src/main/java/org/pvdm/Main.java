package org.pvdm;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.pvdm.cli.Cli;
import org.pvdm.ui.app.GuiArgs;
import org.pvdm.ui.app.GuiLauncher;

/**
 * The launcher: the GUI when there is no command (or only --connect URI) and a display, else the CLI. Kept
 * apart from any JavaFX Application class so that the app starts from a plain class path.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        configureLogging(args);
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        Optional<GuiArgs> gui = GuiArgs.parse(args);
        if (gui.isPresent() && GuiArgs.displayAvailable() && !Boolean.getBoolean("pvdm.nogui")) {
            try {
                GuiLauncher.launch(args);
                System.exit(0);
            } catch (RuntimeException | LinkageError e) {
                err.println("pvdm: cannot open the window (" + e.getMessage() + "); showing the inventory instead");
            }
        }
        Cli.reportThreadBugs(err);
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

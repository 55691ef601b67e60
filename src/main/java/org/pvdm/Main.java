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
        org.pvdm.cli.Warmup.start(args);
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

    /**
     * slf4j-simple reads its level once, at the first logger: set it before anything logs. The provider is named
     * outright: finding it through the ServiceLoader scanned the jar and the JDK's modules, 40 ms of every start
     * (SLF4J then reports the choice at INFO level, which is not pvdm's output: its verbosity is WARN).
     */
    static void configureLogging(String[] args) {
        if (System.getProperty("slf4j.provider") == null) {
            System.setProperty("slf4j.provider", "org.slf4j.simple.SimpleServiceProvider");
            System.setProperty("slf4j.internal.verbosity", "WARN");
        }
        for (String a : args) {
            if (a.equals("-v") || a.equals("--verbose")) {
                System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "debug");
            }
        }
    }
}

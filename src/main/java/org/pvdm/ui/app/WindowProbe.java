package org.pvdm.ui.app;

import java.util.function.Supplier;
import javafx.stage.Stage;

/**
 * A measuring hook on the main window, found with {@link java.util.ServiceLoader}: the shipped app has
 * none; the GUI benchmark (src/test, scripts/bench-gui) puts one on the class path.
 */
public interface WindowProbe {

    /**
     * Called once, before the window is shown.
     *
     * @param showStats opens the statistics view
     * @param extra     lines for the probe's report (guest count, statistics frames...)
     */
    void attach(Stage stage, Runnable showStats, Supplier<String> extra);
}

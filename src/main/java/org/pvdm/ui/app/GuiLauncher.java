package org.pvdm.ui.app;

import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;

/** Starts the JavaFX application; kept apart from {@link App} so the app starts from a plain class path. */
public final class GuiLauncher {
    /**
     * JavaFX warns through java.util.logging on every start from a class path ("Unsupported JavaFX
     * configuration: classes were loaded from 'unnamed module'"): pvdm is meant to run that way. Held here so
     * the level sticks.
     */
    private static final Logger JAVAFX_LOG = Logger.getLogger("javafx");

    private GuiLauncher() {}

    /** Blocks until the window is closed. Throws when no window can be opened (no usable display, no GTK). */
    public static void launch(String[] args) {
        JAVAFX_LOG.setLevel(Level.SEVERE);
        Application.launch(App.class, args);
    }
}

package org.pvdm.ui.app;

import javafx.application.Application;

/** Starts the JavaFX application; kept apart from {@link App} so the app starts from a plain class path. */
public final class GuiLauncher {
    private GuiLauncher() {}

    /** Blocks until the window is closed. Throws when no window can be opened (no usable display, no GTK). */
    public static void launch(String[] args) {
        Application.launch(App.class, args);
    }
}

package org.pvdm.ui.app;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.pvdm.ui.common.Settings;

/**
 * Window size, position and maximised state, remembered in the settings. The first time the window opens
 * at a sensible size centred on the screen; afterwards where it was; always clamped to the visible screen
 * (a window manager may otherwise place it partly off screen or at its minimum size).
 */
final class WindowState {
    static final double MIN_WIDTH = 640;
    static final double MIN_HEIGHT = 420;
    static final double FIRST_WIDTH = 1280;
    static final double FIRST_HEIGHT = 800;

    private WindowState() {}

    /** Where the window goes on a screen whose visible part is {@code screen}. */
    static Rectangle2D place(Settings s, Rectangle2D screen) {
        double w = s.getDouble("window.width", Double.NaN);
        double h = s.getDouble("window.height", Double.NaN);
        double x = s.getDouble("window.x", Double.NaN);
        double y = s.getDouble("window.y", Double.NaN);
        boolean first = !(w > 0) || !(h > 0);
        if (first) {
            w = Math.min(FIRST_WIDTH, screen.getWidth() * 0.9);
            h = Math.min(FIRST_HEIGHT, screen.getHeight() * 0.9);
        }
        w = clamp(w, Math.min(MIN_WIDTH, screen.getWidth()), screen.getWidth());
        h = clamp(h, Math.min(MIN_HEIGHT, screen.getHeight()), screen.getHeight());
        if (first || Double.isNaN(x) || Double.isNaN(y)) {
            x = screen.getMinX() + (screen.getWidth() - w) / 2;
            y = screen.getMinY() + (screen.getHeight() - h) / 2;
        }
        x = clamp(x, screen.getMinX(), screen.getMaxX() - w);
        y = clamp(y, screen.getMinY(), screen.getMaxY() - h);
        return new Rectangle2D(x, y, w, h);
    }

    /** The visible part of the screen the saved position is on, else of the primary screen. */
    static Rectangle2D screenFor(Settings s) {
        double x = s.getDouble("window.x", Double.NaN);
        double y = s.getDouble("window.y", Double.NaN);
        if (!Double.isNaN(x) && !Double.isNaN(y)) {
            var screens = Screen.getScreensForRectangle(new Rectangle2D(x, y, 100, 100));
            if (!screens.isEmpty()) {
                return screens.get(0).getVisualBounds();
            }
        }
        return Screen.getPrimary().getVisualBounds();
    }

    /** Sizes and places the stage (call before and once after showing: some window managers move it). */
    static void apply(Stage stage, Rectangle2D r) {
        stage.setWidth(r.getWidth());
        stage.setHeight(r.getHeight());
        stage.setX(r.getMinX());
        stage.setY(r.getMinY());
    }

    static void restore(Stage stage, Settings s) {
        apply(stage, place(s, screenFor(s)));
        stage.setMaximized(Boolean.parseBoolean(s.get("window.maximized", "false")));
    }

    static void save(Stage stage, Settings s) {
        s.put("window.maximized", Boolean.toString(stage.isMaximized()));
        if (!stage.isMaximized()) {
            s.putDouble("window.width", stage.getWidth());
            s.putDouble("window.height", stage.getHeight());
            s.putDouble("window.x", stage.getX());
            s.putDouble("window.y", stage.getY());
        }
        s.save();
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(max, v));
    }
}

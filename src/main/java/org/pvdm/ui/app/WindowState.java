package org.pvdm.ui.app;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.pvdm.ui.common.Settings;

/** Window size, position and maximised state, remembered in the settings. */
final class WindowState {
    static final double DEFAULT_WIDTH = 1280;
    static final double DEFAULT_HEIGHT = 780;

    private WindowState() {}

    static double width(Settings s) {
        return clamp(s.getDouble("window.width", DEFAULT_WIDTH), 640, 10_000);
    }

    static double height(Settings s) {
        return clamp(s.getDouble("window.height", DEFAULT_HEIGHT), 420, 10_000);
    }

    /** Places the stage where it was, if that is still on a screen. */
    static void restore(Stage stage, Settings s) {
        double x = s.getDouble("window.x", Double.NaN);
        double y = s.getDouble("window.y", Double.NaN);
        if (!Double.isNaN(x) && !Double.isNaN(y)
                && !Screen.getScreensForRectangle(new Rectangle2D(x, y, 100, 100)).isEmpty()) {
            stage.setX(x);
            stage.setY(y);
        }
        stage.setMaximized(Boolean.parseBoolean(s.get("window.maximized", "false")));
    }

    static void save(Stage stage, Settings s) {
        s.put("window.maximized", Boolean.toString(stage.isMaximized()));
        if (!stage.isMaximized() && stage.getScene() != null) {
            s.putDouble("window.width", stage.getScene().getWidth());
            s.putDouble("window.height", stage.getScene().getHeight());
            s.putDouble("window.x", stage.getX());
            s.putDouble("window.y", stage.getY());
        }
        s.save();
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(max, v));
    }
}

package org.pvdm.ui.common;

import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.StrokeLineCap;

/**
 * Small status icons drawn in code, each with a distinct SHAPE (triangle with "!" vs circle with a tick) so
 * they read without colour; the text next to them says the same again.
 */
public final class Icons {
    public static final Color EMULATED = Color.web("#b45309");
    public static final Color PARAVIRTUAL = Color.web("#15803d");

    private Icons() {}

    /** A warning triangle with an exclamation mark. */
    public static Node emulated(double size) {
        Polygon tri = new Polygon(size / 2, 0, size, size * 0.92, 0, size * 0.92);
        tri.setFill(EMULATED);
        Rectangle bar = new Rectangle(size * 0.12, size * 0.36, Color.WHITE);
        Rectangle dot = new Rectangle(size * 0.12, size * 0.12, Color.WHITE);
        StackPane mark = new StackPane(bar, dot);
        StackPane.setAlignment(bar, javafx.geometry.Pos.TOP_CENTER);
        StackPane.setAlignment(dot, javafx.geometry.Pos.BOTTOM_CENTER);
        mark.setMaxSize(size * 0.12, size * 0.58);
        mark.setTranslateY(size * 0.1);
        StackPane p = new StackPane(tri, mark);
        p.setMinSize(size, size);
        p.setMaxSize(size, size);
        p.getStyleClass().add("icon-emulated");
        return p;
    }

    /** A filled circle with a tick. */
    public static Node paravirtual(double size) {
        Circle c = new Circle(size / 2, PARAVIRTUAL);
        Polyline tick = new Polyline(size * 0.27, size * 0.52, size * 0.44, size * 0.68, size * 0.74, size * 0.34);
        tick.setStroke(Color.WHITE);
        tick.setStrokeWidth(Math.max(1.5, size / 7));
        tick.setStrokeLineCap(StrokeLineCap.ROUND);
        StackPane p = new StackPane(c, tick);
        p.setMinSize(size, size);
        p.setMaxSize(size, size);
        p.getStyleClass().add("icon-paravirtual");
        return p;
    }
}

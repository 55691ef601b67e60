package org.pvdm.ui.app;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Stop;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * The app icon: the PNGs rendered from icons/hicolor/scalable/apps/pvdm.svg into the resources
 * ({@code /org/pvdm/icons/pvdm-SIZE.png}, see icons/render.sh); when they are missing, a stand-in drawn in
 * code (a blue tile with "PV" over an amber-to-green arrow). Must be called on the FX thread.
 */
final class AppIcon {
    private AppIcon() {}

    static List<Image> images() {
        List<Image> out = new ArrayList<>();
        for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
            var png = AppIcon.class.getResource("/org/pvdm/icons/pvdm-" + size + ".png");
            out.add(png != null ? new Image(png.toExternalForm()) : draw(size));
        }
        return out;
    }

    static Image draw(double s) {
        Canvas c = new Canvas(s, s);
        GraphicsContext g = c.getGraphicsContext2D();
        g.clearRect(0, 0, s, s);
        g.setFill(new LinearGradient(0, 0, 0, 1, true, CycleMethod.NO_CYCLE,
                new Stop(0, Color.web("#2563eb")), new Stop(1, Color.web("#1e3a8a"))));
        g.fillRoundRect(0, 0, s, s, s * 0.3, s * 0.3);
        g.setFill(Color.WHITE);
        g.setTextAlign(TextAlignment.CENTER);
        g.setFont(Font.font("DejaVu Sans", FontWeight.BOLD, s * 0.44));
        g.fillText("PV", s / 2, s * 0.56);
        double y = s * 0.76;
        double h = Math.max(1, s * 0.1);
        g.setFill(Color.web("#f59e0b"));
        g.fillRect(s * 0.16, y, s * 0.3, h);
        g.setFill(Color.web("#22c55e"));
        g.fillRect(s * 0.46, y, s * 0.22, h);
        g.fillPolygon(new double[] {s * 0.66, s * 0.86, s * 0.66}, new double[] {y - h, y + h / 2, y + 2 * h}, 3);
        SnapshotParameters p = new SnapshotParameters();
        p.setFill(Color.TRANSPARENT);
        return c.snapshot(p, new WritableImage((int) s, (int) s));
    }
}

package org.pvdm.ui.stats;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.pvdm.ui.common.Styles;

/**
 * The whole comparison as one picture, drawn off screen (not what happens to be scrolled into view): what is
 * compared, host, time and interval, the synthetic-counters notice, every ratio line, every chart of both
 * sides. Built and snapshotted on the FX thread.
 */
final class ComparisonImage {
    static final double WIDTH = 1400;

    private ComparisonImage() {}

    /** @param facts "Host: demo host", "Interval: 1 s"... one line each */
    static WritableImage render(StatsFrame f, List<String> facts, String notice) {
        VBox root = new VBox(6);
        root.setPadding(new Insets(12));
        root.setPrefWidth(WIDTH);
        root.setStyle("-fx-background-color: white;");
        Label title = new Label(f.a().title() + "   vs   " + f.b().title());
        title.getStyleClass().add("pane-title");
        title.setWrapText(true);
        root.getChildren().add(title);
        facts.forEach(line -> root.getChildren().add(new Label(line)));
        if (notice != null && !notice.isEmpty()) {
            Label n = new Label(notice);
            n.getStyleClass().add("notice");
            n.setWrapText(true);
            root.getChildren().add(n);
        }
        for (StatsFrame.SummaryLine line : f.summary()) {
            Label l = new Label(line.text() + (line.detail().isEmpty() ? "" : "  (" + line.detail() + ")"));
            l.getStyleClass().add("summary-line");
            l.setWrapText(true);
            root.getChildren().add(l);
        }
        if (!f.unpaired().isEmpty()) {
            Label l = new Label(f.unpaired());
            l.setWrapText(true);
            root.getChildren().add(l);
        }
        List<SideView.Slot> sa = SideView.slots(f.a());
        List<SideView.Slot> sb = SideView.slots(f.b());
        double[][] maxima = SideView.maxima(sa, sb);
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(4);
        for (int c = 0; c < 2; c++) {
            ColumnConstraints col = new ColumnConstraints();
            col.setPercentWidth(50);
            col.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(col);
        }
        column(grid, 0, f.a(), sa, maxima[0], f);
        column(grid, 1, f.b(), sb, maxima[1], f);
        root.getChildren().add(grid);
        Scene scene = new Scene(root);
        scene.getStylesheets().add(Styles.url());
        root.applyCss();
        root.resize(WIDTH, root.prefHeight(WIDTH));
        root.layout();
        return root.snapshot(null, null);
    }

    private static void column(GridPane grid, int col, StatsFrame.SideFrame side, List<SideView.Slot> slots,
                               double[] maxima, StatsFrame f) {
        Label t = new Label(side.title());
        t.getStyleClass().add("pane-title");
        t.setWrapText(true);
        grid.add(t, col, 0);
        int row = 1;
        if (!side.status().isEmpty()) {
            Label s = new Label(side.status());
            s.setWrapText(true);
            grid.add(s, col, row++);
        }
        for (int i = 0; i < slots.size(); i++) {
            DeviceChart chart = new DeviceChart(slots.get(i).series().label(), slots.get(i).kind(), side.kept());
            chart.setPrefHeight(220);
            chart.show(slots.get(i).series().data(), f.time(), maxima[i]);
            grid.add(chart, col, row++);
        }
    }
}

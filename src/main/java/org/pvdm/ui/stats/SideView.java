package org.pvdm.ui.stats;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.pvdm.ui.stats.StatsFrame.DeviceSeries;
import org.pvdm.ui.stats.StatsFrame.SideFrame;

/** One side of the statistics view: its title, why it is empty, and one chart per device and kind. */
final class SideView extends VBox {
    private final Label title = new Label();
    private final Label status = new Label();
    private final VBox charts = new VBox(4);
    private final List<DeviceChart> shown = new ArrayList<>();
    private List<String> layout = List.of();

    /** A chart slot: which device series and which chart of it. */
    record Slot(DeviceSeries series, ChartKind kind) {}

    SideView(String id) {
        setId(id);
        setSpacing(4);
        setPadding(new Insets(4));
        title.getStyleClass().add("pane-title");
        title.setWrapText(true);
        status.getStyleClass().add("hint");
        status.setWrapText(true);
        status.managedProperty().bind(status.visibleProperty());
        ScrollPane scroll = new ScrollPane(charts);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(title, status, scroll);
    }

    static List<Slot> slots(SideFrame side) {
        List<Slot> out = new ArrayList<>();
        for (DeviceSeries d : side.devices()) {
            for (ChartKind k : ChartKind.of(d.data().key().kind())) {
                out.add(new Slot(d, k));
            }
        }
        return out;
    }

    /** Each slot's y scale: a pair of like charts shares one, so the two sides read at a glance. */
    static double[][] maxima(List<Slot> sa, List<Slot> sb) {
        double[] ma = new double[sa.size()];
        double[] mb = new double[sb.size()];
        for (int i = 0; i < Math.max(sa.size(), sb.size()); i++) {
            double x = i < sa.size() ? DeviceChart.max(sa.get(i).series().data(), sa.get(i).kind()) : 0;
            double y = i < sb.size() ? DeviceChart.max(sb.get(i).series().data(), sb.get(i).kind()) : 0;
            boolean shared = i < sa.size() && i < sb.size() && sa.get(i).kind() == sb.get(i).kind();
            if (i < sa.size()) {
                ma[i] = shared ? Math.max(x, y) : x;
            }
            if (i < sb.size()) {
                mb[i] = shared ? Math.max(x, y) : y;
            }
        }
        return new double[][] {ma, mb};
    }

    /** Draws a side; {@code maxima} gives each slot's y scale (shared with the other side). */
    void show(SideFrame side, Instant now, List<Slot> slots, double[] maxima) {
        title.setText(side.title());
        status.setText(side.status());
        status.setVisible(!side.status().isEmpty());
        List<String> next = slots.stream().map(s -> s.series().label() + "/" + s.kind() + "/" + side.kept()).toList();
        if (!next.equals(layout)) {
            layout = next;
            shown.clear();
            for (Slot s : slots) {
                shown.add(new DeviceChart(s.series().label(), s.kind(), side.kept()));
            }
            charts.getChildren().setAll(shown);
        }
        for (int i = 0; i < slots.size(); i++) {
            shown.get(i).show(slots.get(i).series().data(), now, maxima[i]);
        }
    }

    /** The charts shown, top to bottom (tests). */
    List<DeviceChart> charts() {
        return List.copyOf(shown);
    }

    /** Points on every chart of this side (tests). */
    int points() {
        return shown.stream().mapToInt(DeviceChart::points).sum();
    }
}

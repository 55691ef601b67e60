package org.pvdm.ui.stats;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.pvdm.ui.common.DialogService;
import org.pvdm.ui.common.TaskRunner;
import org.pvdm.ui.guests.GuestItem;

/** Live statistics: two sides with a chart per device, a summary of ratios, pause, interval, export. */
public final class StatsView extends VBox {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final StatsViewModel vm;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final SideView left = new SideView("stats-side-a");
    private final SideView right = new SideView("stats-side-b");
    private final VBox summary = new VBox(2);
    private final SplitPane sides = new SplitPane(left, right);
    private final Label status = new Label();
    private final Button start = new Button();
    private java.util.function.Consumer<GuestItem> starter;

    public StatsView(StatsViewModel vm, TaskRunner runner, DialogService dialogs) {
        this.vm = vm;
        this.runner = runner;
        this.dialogs = dialogs;
        setId("stats");
        setSpacing(6);
        setPadding(new Insets(8));
        FlowPane toolbar = new FlowPane(16, 6, whatBar(), howBar());
        toolbar.setId("stats-toolbar");
        toolbar.prefWrapLengthProperty().bind(widthProperty().subtract(20));
        summary.setId("stats-summary");
        summary.setAccessibleText("Comparison");
        status.setId("stats-status");
        status.getStyleClass().add("hint");
        status.textProperty().bind(vm.statusProperty());
        VBox.setVgrow(sides, Priority.ALWAYS);
        getChildren().addAll(toolbar, noticeLabel(), summary, sides, status);
        vm.frameProperty().addListener((o, was, now) -> show(now));
    }

    /** What is compared: the mode, the guests, "Keep as before" and "Start GUEST". */
    private HBox whatBar() {
        ChoiceBox<StatsMode> mode = new ChoiceBox<>(FXCollections.observableArrayList(StatsMode.values()));
        mode.setId("stats-mode");
        mode.setAccessibleText("What to compare");
        mode.valueProperty().bindBidirectional(vm.modeProperty());
        ComboBox<GuestItem> a = guestBox("stats-guest-a", "Left guest");
        a.valueProperty().bindBidirectional(vm.guestAProperty());
        ComboBox<GuestItem> b = guestBox("stats-guest-b", "Right guest");
        b.valueProperty().bindBidirectional(vm.guestBProperty());
        var twoGuests = vm.modeProperty().isEqualTo(StatsMode.TWO_GUESTS);
        Label vs = new Label("vs");
        vs.visibleProperty().bind(twoGuests);
        vs.managedProperty().bind(twoGuests);
        b.visibleProperty().bind(twoGuests);
        b.managedProperty().bind(twoGuests);
        Button keep = new Button("Keep as \"before\"");
        keep.setId("stats-keep-before");
        keep.setAccessibleText("Keep what was recorded so far as the before of this guest");
        keep.visibleProperty().bind(twoGuests.not());
        keep.managedProperty().bind(twoGuests.not());
        keep.setOnAction(e -> vm.keepBefore());
        keepPrefWidth(vs, keep, mode);
        buildStart();
        // two groups that wrap onto a second row on a narrow screen (a projector at 1024x700), never cut off
        HBox what = new HBox(8, mode, a, vs, b, keep, start);
        what.setAlignment(Pos.CENTER_LEFT);
        return what;
    }

    private void buildStart() {
        start.setId("stats-start-guest");
        start.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        start.setVisible(false);
        start.managedProperty().bind(start.visibleProperty());
        start.setOnAction(e -> {
            GuestItem g = stopped();
            if (g != null && starter != null) {
                starter.accept(g);
            }
        });
        vm.guestAProperty().addListener((o, was, now) -> updateStart());
        vm.guestBProperty().addListener((o, was, now) -> updateStart());
        vm.modeProperty().addListener((o, was, now) -> updateStart());
    }

    /** How it is sampled and exported: pause, interval, CSV, PNG, report. */
    private HBox howBar() {
        ToggleButton pause = new ToggleButton();
        pause.setId("stats-pause");
        pause.textProperty().bind(Bindings.when(vm.pausedProperty()).then("Resume").otherwise("Pause"));
        pause.setAccessibleText("Pause or resume sampling");
        pause.selectedProperty().bindBidirectional(vm.pausedProperty());
        Button csv = new Button("Export CSV…");
        csv.setId("stats-export-csv");
        csv.setOnAction(e -> dialogs.saveFile("Export statistics as CSV", "pvdm-stats-" + stamp() + ".csv",
                "CSV files", "csv").ifPresent(vm::exportCsv));
        Button png = new Button("Export PNG…");
        png.setId("stats-export-png");
        png.setOnAction(e -> dialogs.saveFile("Export charts as PNG", "pvdm-charts-" + stamp() + ".png",
                "PNG images", "png").ifPresent(this::exportPng));
        Button report = new Button("Export report…");
        report.setId("stats-export-report");
        report.setAccessibleText("Export the comparison as one HTML report");
        report.setOnAction(e -> exportReportAsked());
        ChoiceBox<Duration> interval = intervalBox();
        keepPrefWidth(pause, interval, csv, png, report);
        HBox how = new HBox(8, pause, interval, csv, png, report);
        how.setAlignment(Pos.CENTER_LEFT);
        return how;
    }

    private ChoiceBox<Duration> intervalBox() {
        ChoiceBox<Duration> interval = new ChoiceBox<>(FXCollections.observableArrayList(StatsViewModel.INTERVALS));
        interval.setId("stats-interval");
        interval.setAccessibleText("Sampling interval");
        interval.setConverter(new StringConverter<>() {
            @Override
            public String toString(Duration d) {
                return d == null ? "" : "every " + StatsViewModel.seconds(d);
            }

            @Override
            public Duration fromString(String s) {
                return null;
            }
        });
        interval.valueProperty().bindBidirectional(vm.intervalProperty());
        return interval;
    }

    private static void keepPrefWidth(javafx.scene.control.Control... controls) {
        for (javafx.scene.control.Control c : controls) {
            c.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
    }

    /** A notice line shown only while the ViewModel has something to say. */
    private Label noticeLabel() {
        Label notice = new Label();
        notice.setId("stats-notice");
        notice.getStyleClass().add("notice");
        notice.setWrapText(true);
        notice.setMaxWidth(Double.MAX_VALUE);
        notice.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        notice.textProperty().bind(vm.noticeProperty());
        notice.visibleProperty().bind(vm.noticeProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());
        return notice;
    }

    /** How "Start GUEST" starts a shut-off guest picked on either side. */
    public void setStarter(java.util.function.Consumer<GuestItem> starter) {
        this.starter = starter;
        updateStart();
    }

    /** A picked guest that is shut off, left first; null when none. */
    private GuestItem stopped() {
        GuestItem a = vm.guestAProperty().get();
        GuestItem b = vm.modeProperty().get() == StatsMode.TWO_GUESTS ? vm.guestBProperty().get() : null;
        for (GuestItem g : new GuestItem[] {a, b}) {
            if (g != null && !g.summary().state().active()) {
                return g;
            }
        }
        return null;
    }

    private void updateStart() {
        GuestItem g = stopped();
        start.setVisible(g != null && starter != null);
        start.setText(g == null ? "" : "Start " + g.name());
        start.setAccessibleText(g == null ? "" : g.name() + " is shut off: start it to see its statistics");
    }

    private ComboBox<GuestItem> guestBox(String id, String accessible) {
        ComboBox<GuestItem> box = new ComboBox<>(vm.guests());
        box.setId(id);
        box.setAccessibleText(accessible);
        box.setPromptText("choose a guest");
        box.setPrefWidth(190);
        box.setMinWidth(150);
        box.setVisibleRowCount(15);
        box.setConverter(new javafx.util.StringConverter<>() { // "name (host)" when several hosts are open
            @Override
            public String toString(GuestItem g) {
                return vm.pickerLabel(g);
            }

            @Override
            public GuestItem fromString(String s) {
                return null;
            }
        });
        return box;
    }

    private static String stamp() {
        return LocalDateTime.now().format(STAMP);
    }

    private void show(StatsFrame f) {
        updateStart();
        if (f == null) {
            summary.getChildren().clear();
            return;
        }
        List<SideView.Slot> sa = SideView.slots(f.a());
        List<SideView.Slot> sb = SideView.slots(f.b());
        double[][] m = SideView.maxima(sa, sb);
        double[] ma = m[0];
        double[] mb = m[1];
        left.show(f.a(), f.time(), sa, ma);
        right.show(f.b(), f.time(), sb, mb);
        summary.getChildren().setAll(f.summary().stream().limit(4).map(line -> {
            Label l = new Label(line.text());
            l.getStyleClass().add("summary-line");
            l.setTooltip(new javafx.scene.control.Tooltip(line.detail()));
            l.setAccessibleText(line.text() + "; " + line.detail());
            return l;
        }).toList());
        if (f.summary().size() > 4) {
            Label more = new Label("…and " + (f.summary().size() - 4) + " more pairs (in the CSV export).");
            more.getStyleClass().add("hint");
            summary.getChildren().add(more);
        }
        if (f.summary().isEmpty()) {
            Label l = new Label("The comparison appears when both sides have data.");
            l.getStyleClass().add("hint");
            summary.getChildren().setAll(l);
        }
        if (!f.unpaired().isEmpty()) {
            Label l = new Label(f.unpaired());
            l.setId("stats-unpaired");
            l.getStyleClass().add("hint");
            l.setWrapText(true);
            summary.getChildren().add(l);
        }
    }

    /** Asks where, then writes the HTML report (Statistics > Export report…). */
    public void exportReportAsked() {
        dialogs.saveFile("Export the comparison as an HTML report", "pvdm-report-" + stamp() + ".html", "HTML files",
                "html").ifPresent(vm::exportReport);
    }

    /** Asks where, then saves the charts as PNG. */
    public void exportPngAsked() {
        dialogs.saveFile("Export charts as PNG", "pvdm-charts-" + stamp() + ".png", "PNG images", "png")
                .ifPresent(this::exportPng);
    }

    /** Saves the whole comparison (both sides, every chart, the ratios, what and where) as a PNG. */
    public void exportPng(java.nio.file.Path file) {
        StatsFrame f = vm.frameProperty().get();
        List<String> facts = List.of("Host: " + vm.hostLabel(), "Time: " + (f == null ? "" : java.time.ZonedDateTime
                        .ofInstant(f.time(), java.time.ZoneId.systemDefault()).format(DateTimeFormatter.RFC_1123_DATE_TIME)),
                "Interval: every " + StatsViewModel.seconds(vm.intervalProperty().get()) + "; "
                        + vm.modeProperty().get());
        ChartExport.png(f, facts, vm.noticeProperty().get(), file, runner, dialogs);
    }

    /** The charts of the left side, top to bottom (tests). */
    List<DeviceChart> leftCharts() {
        return left.charts();
    }

    List<DeviceChart> rightCharts() {
        return right.charts();
    }

    /** Points on the charts of both sides (tests). */
    public int points() {
        return left.points() + right.points();
    }
}

package org.pvdm.ui.app;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.stage.Window;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pvdm.ui.devices.DeviceTableView;
import org.pvdm.ui.guests.GuestItem;
import org.pvdm.ui.guests.GuestsViewModel;
import org.pvdm.ui.guests.PowerActions;
import org.pvdm.ui.stats.StatsView;
import org.pvdm.ui.guests.GuestTableView;
import org.pvdm.ui.hosts.AddConnectionDialog;
import org.pvdm.ui.tree.HostTreeView;

/**
 * The main window's content: menu, the host tree on the left, the shown host's guests and devices,
 * statistics, status bar. It builds controls and binds; the view models and services come from
 * {@link MainViewModel}.
 */
public final class MainView extends BorderPane {
    private final MainViewModel vm;
    /** One guest table per host (each keeps its own filter, sort and scroll position); the shown host's is in. */
    private final Map<GuestsViewModel, GuestTableView> guestTables = new HashMap<>();
    private final SplitPane guestsSplit = new SplitPane();
    private final TabPane tabs = new TabPane();
    private final Tab guestsTab = new Tab("Guests");
    private final Tab statsTab = new Tab("Live statistics");
    private final Button switchButton = new Button("Switch to paravirtual…");
    private final BooleanProperty connectionsShown = new SimpleBooleanProperty(this, "connectionsShown", true);
    private DeviceTableView devices;

    public MainView(MainViewModel vm) {
        this.vm = vm;
        setId("main-view");
        vm.onShowStats(this::showStats);
        buildGuestsTab();
        buildStatsTab();
        tabs.getTabs().addAll(guestsTab, statsTab);
        tabs.setId("main-tabs");
        setTop(new MainMenu(this).build());
        setCenter(buildBody());
        setBottom(new StatusBar(vm, vm.context().runner().runningProperty()));
    }

    private void buildGuestsTab() {
        Label why = switchReason();
        switchButton.setId("switch-button");
        switchButton.setAccessibleText("Switch the selected devices to paravirtual");
        switchButton.getStyleClass().add("primary");
        switchButton.disableProperty().bind(vm.switchAvailability().reason().isNotEmpty());
        switchButton.setOnAction(e -> startSwitch());
        Button backups = new Button("Backups…");
        backups.setId("backups-button");
        backups.setAccessibleText("Backups of the selected guest");
        backups.disableProperty().bind(vm.backupsAvailable().not());
        backups.setOnAction(e -> showBackups());
        devices = new DeviceTableView(vm.devices(), switchButton, backups, why);
        ContextMenus.attachDevices(this, devices.table());
        guestsSplit.getItems().setAll(guestTable(vm.guests()), devices);
        guestsSplit.setOrientation(Orientation.VERTICAL);
        guestsSplit.setId("guests-split");
        new GuestsSplit(guestsSplit, vm.devices().guestProperty(), () -> guestTable(vm.guests()).table());
        vm.guestsProperty().addListener((o, was, now) -> {
            double[] at = guestsSplit.getDividerPositions();
            guestsSplit.getItems().set(0, guestTable(now));
            guestsSplit.setDividerPositions(at);
        });
        guestsTab.setContent(guestsSplit);
        guestsTab.setId("guests-tab");
        guestsTab.setClosable(false);
    }

    /** Why "Switch" is disabled, in words beside it and in its tooltip. */
    private static Label switchReason(MainViewModel vm) {
        var reason = vm.switchAvailability().reason();
        Label why = new Label();
        why.setId("switch-disabled-reason");
        why.getStyleClass().add("hint");
        why.textProperty().bind(reason);
        why.setWrapText(true);
        why.setMinWidth(0);
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(Bindings.when(reason.isEmpty())
                .then("Plan the switch of the ticked devices (Ctrl+Shift+S)").otherwise(reason));
        why.setTooltip(tip);
        return why;
    }

    private Label switchReason() {
        return switchReason(vm);
    }

    private GuestTableView guestTable(GuestsViewModel guests) {
        return guestTables.computeIfAbsent(guests, g -> {
            GuestTableView t = new GuestTableView(g);
            t.setOnBatch(list -> startBatch());
            ContextMenus.attachGuests(this, t.table());
            return t;
        });
    }

    private void buildStatsTab() {
        // built when first shown: the window opens faster without the chart classes
        statsTab.selectedProperty().addListener((o, was, now) -> {
            if (now) {
                statsView();
            }
        });
        statsTab.setId("stats-tab");
        statsTab.setClosable(false);
        vm.stats().activeProperty().bind(statsTab.selectedProperty());
    }

    private SplitPane buildBody() {
        HostTreeView connections = new HostTreeView(vm.connections(), vm.hosts(), this::addConnection);
        SplitPane body = new SplitPane(connections, tabs);
        body.setId("main-split");
        body.setDividerPositions(0.19);
        // the first real width decides: about 240 px for the connections, never a fifth of a wide screen
        body.widthProperty().addListener(new ChangeListener<Number>() {
            @Override
            public void changed(ObservableValue<? extends Number> o, Number was, Number now) {
                if (now.doubleValue() > 300 && getScene() != null && getScene().getWindow() != null
                        && getScene().getWindow().isShowing()) {
                    body.widthProperty().removeListener(this);
                    body.setDividerPositions(Math.min(0.25, 240 / now.doubleValue()));
                }
            }
        });
        connectionsShown.addListener((o, was, now) -> {
            if (now && !body.getItems().contains(connections)) {
                body.getItems().add(0, connections);
                body.setDividerPositions(Math.min(0.25, 240 / Math.max(body.getWidth(), 300)));
            } else if (!now) {
                body.getItems().remove(connections);
            }
        });
        connections.setMinWidth(0); // drag it shut on a small screen, or View > Connections pane
        connections.setMaxWidth(360);
        SplitPane.setResizableWithParent(connections, false);
        return body;
    }

    /** Whether the connections pane is shown (View > Connections pane). */
    public BooleanProperty connectionsShownProperty() {
        return connectionsShown;
    }

    /** Start, shut down, reboot, force off. */
    public PowerActions power() {
        return vm.power();
    }

    public MainViewModel viewModel() {
        return vm;
    }

    Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    void addConnection() {
        new AddConnectionDialog(window(), vm.addConnectionForm()).showAndWait()
                .ifPresent(vm.connections()::connect);
    }

    void refresh() {
        vm.refresh();
    }

    void focusFilter() {
        tabs.getSelectionModel().select(guestsTab);
        guestTable(vm.guests()).focusFilter();
    }

    void showGuests() {
        tabs.getSelectionModel().select(guestsTab);
    }

    public void showStats() {
        tabs.getSelectionModel().select(statsTab);
    }

    /** Statistics of the selected guest, before and after its switch. */
    void beforeAfterOfSelected() {
        vm.compare(vm.guests().selectedProperty().get());
    }

    /** The statistics view, built on first use. */
    StatsView statsView() {
        if (statsTab.getContent() == null) {
            StatsView view = new StatsView(vm.stats(), vm.context().runner(), vm.context().dialogs());
            view.setStarter(g -> vm.power().run(PowerActions.Action.START, g));
            statsTab.setContent(view);
        }
        return (StatsView) statsTab.getContent();
    }

    void startSwitch() {
        if (!vm.switchAvailability().reason().get().isEmpty()) {
            return;
        }
        GuestItem guest = vm.guests().selectedProperty().get();
        List<String> names = vm.devices().checked().stream().map(d -> d.report().name()).toList();
        vm.switchDialogs().openPlan(window(), vm.session().session(), guest.summary(), names);
    }

    /** One plan for the selected guests (several: Ctrl/Shift+click in the guest table). */
    void startBatch() {
        List<GuestItem> chosen = guestTable(vm.guests()).selectedGuests();
        if (chosen.size() > 1 && vm.session().session() != null) {
            vm.switchDialogs().openBatch(window(), vm.session().session(), chosen.stream().map(GuestItem::summary).toList());
        }
    }

    void showBackups() {
        GuestItem guest = vm.guests().selectedProperty().get();
        if (guest != null && vm.session().session() != null) {
            vm.switchDialogs().openBackups(window(), vm.session().session(), guest.summary());
        }
    }

    void quit() {
        Window w = window();
        if (w != null) {
            w.fireEvent(new javafx.stage.WindowEvent(w, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST));
            if (w.isShowing()) {
                ((javafx.stage.Stage) w).close();
            }
        }
    }
}

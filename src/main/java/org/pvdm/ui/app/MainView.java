package org.pvdm.ui.app;

import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.stage.Window;
import java.util.List;
import org.pvdm.ui.devices.DeviceTableView;
import org.pvdm.ui.guests.GuestItem;
import org.pvdm.ui.stats.StatsView;
import org.pvdm.ui.switching.SwitchDialogs;
import org.pvdm.ui.guests.GuestTableView;
import org.pvdm.ui.hosts.AddConnectionDialog;
import org.pvdm.ui.hosts.AddConnectionViewModel;
import org.pvdm.ui.hosts.ConnectionsView;

/** The main window's content: menu, connections on the left, guests and devices, statistics, status bar. */
public final class MainView extends BorderPane {
    private final MainViewModel vm;
    private final GuestTableView guestTable;
    private final TabPane tabs = new TabPane();
    private final Tab guestsTab;
    private final Tab statsTab;
    private final Button switchButton = new Button("Switch to paravirtual…");
    private final SwitchDialogs switchDialogs;

    private org.pvdm.ui.lab.DemoLabViewModel demoLab;
    private final org.pvdm.ui.guests.PowerActions power;
    private final javafx.beans.property.BooleanProperty connectionsShown =
            new javafx.beans.property.SimpleBooleanProperty(this, "connectionsShown", true);

    public MainView(MainViewModel vm) {
        this.vm = vm;
        setId("main-view");
        guestTable = new GuestTableView(vm.guests());
        AppContext ctx = vm.context();
        org.pvdm.ui.switching.SwitchListener told = vm.switchListener();
        switchDialogs = new SwitchDialogs(ctx.runner(), ctx.dialogs(), ctx.backups(),
                new org.pvdm.ui.switching.SwitchListener() {
                    @Override
                    public void changed(String uuid) {
                        told.changed(uuid);
                    }

                    @Override
                    public void applied(org.pvdm.switching.ApplyResult result) {
                        told.applied(result);
                    }

                    @Override
                    public void compare(String uuid) {
                        GuestItem g = vm.guests().find(uuid);
                        if (g != null) {
                            vm.stats().modeProperty().set(org.pvdm.ui.stats.StatsMode.BEFORE_AFTER);
                            vm.stats().guestAProperty().set(g);
                            showStats();
                        }
                    }
                });

        guestTable.setOnBatch(list -> startBatch());
        switchButton.setId("switch-button");
        switchButton.setAccessibleText("Switch the selected devices to paravirtual");
        switchButton.getStyleClass().add("primary");
        var reason = vm.switchAvailability().reason();
        switchButton.disableProperty().bind(reason.isNotEmpty());
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
        switchButton.setOnAction(e -> startSwitch());
        Button backups = new Button("Backups…");
        backups.setId("backups-button");
        backups.setAccessibleText("Backups of the selected guest");
        backups.disableProperty().bind(vm.backupsAvailable().not());
        backups.setOnAction(e -> showBackups());
        DeviceTableView devices = new DeviceTableView(vm.devices(), switchButton, backups, why);
        power = new org.pvdm.ui.guests.PowerActions(ctx.runner(), ctx.dialogs(), vm.session(), vm.guests()::refreshOne);
        ContextMenus.attach(this, guestTable.table(), devices.table());

        SplitPane split = new SplitPane(guestTable, devices);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.5);
        guestsTab = new Tab("Guests", split);
        guestsTab.setId("guests-tab");
        guestsTab.setClosable(false);
        statsTab = new Tab("Live statistics");
        // built when first shown: the window opens faster without the chart classes
        statsTab.selectedProperty().addListener((o, was, now) -> {
            if (now) {
                statsView();
            }
        });
        statsTab.setId("stats-tab");
        statsTab.setClosable(false);
        vm.stats().activeProperty().bind(statsTab.selectedProperty());
        tabs.getTabs().addAll(guestsTab, statsTab);
        tabs.setId("main-tabs");

        ConnectionsView connections = new ConnectionsView(vm.connections(), this::addConnection);
        SplitPane body = new SplitPane(connections, tabs);
        body.setId("main-split");
        body.setDividerPositions(0.19);
        // the first real width decides: about 220 px for the connections, never a fifth of a wide screen
        body.widthProperty().addListener(new javafx.beans.value.ChangeListener<Number>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Number> o, Number was, Number now) {
                if (now.doubleValue() > 300 && getScene() != null && getScene().getWindow() != null
                        && getScene().getWindow().isShowing()) {
                    body.widthProperty().removeListener(this);
                    body.setDividerPositions(Math.min(0.25, 220 / now.doubleValue()));
                }
            }
        });
        connectionsShown.addListener((o, was, now) -> {
            if (now && !body.getItems().contains(connections)) {
                body.getItems().add(0, connections);
                body.setDividerPositions(Math.min(0.25, 220 / Math.max(body.getWidth(), 300)));
            } else if (!now) {
                body.getItems().remove(connections);
            }
        });
        connections.setMinWidth(0); // drag it shut on a small screen, or View > Connections pane
        connections.setMaxWidth(320);
        SplitPane.setResizableWithParent(connections, false);

        setTop(new MainMenu(this).build());
        setCenter(body);
        setBottom(new StatusBar(vm, vm.context().runner().runningProperty()));
    }

    /** Whether the connections pane is shown (View > Connections pane). */
    public javafx.beans.property.BooleanProperty connectionsShownProperty() {
        return connectionsShown;
    }

    /** Start, shut down, reboot, force off. */
    public org.pvdm.ui.guests.PowerActions power() {
        return power;
    }

    public MainViewModel viewModel() {
        return vm;
    }

    Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    void addConnection() {
        new AddConnectionDialog(window(), new AddConnectionViewModel()).showAndWait()
                .ifPresent(vm.connections()::connect);
    }

    void refresh() {
        vm.refresh();
    }

    /** "Start demo lab": real QEMU twins, then side by side in the live statistics. */
    org.pvdm.ui.lab.DemoLabViewModel demoLab() {
        if (demoLab == null) {
            demoLab = new org.pvdm.ui.lab.DemoLabViewModel(vm.context().runner(), vm.context().dialogs(),
                    vm.connections(), vm.stats(), this::showStats);
        }
        return demoLab;
    }

    void focusFilter() {
        tabs.getSelectionModel().select(guestsTab);
        guestTable.focusFilter();
    }

    void showGuests() {
        tabs.getSelectionModel().select(guestsTab);
    }

    public void showStats() {
        tabs.getSelectionModel().select(statsTab);
    }

    /** Statistics of the selected guest, before and after its switch. */
    void beforeAfterOfSelected() {
        GuestItem g = vm.guests().selectedProperty().get();
        if (g != null) {
            vm.stats().modeProperty().set(org.pvdm.ui.stats.StatsMode.BEFORE_AFTER);
            vm.stats().guestAProperty().set(g);
            showStats();
        }
    }

    /** The statistics view, built on first use. */
    StatsView statsView() {
        if (statsTab.getContent() == null) {
            StatsView view = new StatsView(vm.stats(), vm.context().runner(), vm.context().dialogs());
            view.setStarter(g -> power.run(org.pvdm.ui.guests.PowerActions.Action.START, g));
            statsTab.setContent(view);
        }
        return (StatsView) statsTab.getContent();
    }

    void startSwitch() {
        if (!vm.switchAvailability().reason().get().isEmpty()) {
            return;
        }
        GuestItem guest = vm.guests().selectedProperty().get();
        List<String> devices = vm.devices().checked().stream().map(d -> d.report().name()).toList();
        switchDialogs.openPlan(window(), vm.session().session(), guest.summary(), devices);
    }

    /** One plan for the selected guests (several: Ctrl/Shift+click in the guest table). */
    void startBatch() {
        List<GuestItem> chosen = guestTable.selectedGuests();
        if (chosen.size() > 1 && vm.session().session() != null) {
            switchDialogs.openBatch(window(), vm.session().session(), chosen.stream().map(GuestItem::summary).toList());
        }
    }

    void showBackups() {
        GuestItem guest = vm.guests().selectedProperty().get();
        if (guest != null && vm.session().session() != null) {
            switchDialogs.openBackups(window(), vm.session().session(), guest.summary());
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

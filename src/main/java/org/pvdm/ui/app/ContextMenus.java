package org.pvdm.ui.app;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableView;
import org.pvdm.ui.devices.DeviceItem;
import org.pvdm.ui.guests.GuestItem;
import org.pvdm.ui.guests.PowerActions;
import org.pvdm.ui.stats.StatsMode;

/** Right-click (or Shift+F10) menus on guests and devices: power, switch, backups, statistics. */
final class ContextMenus {
    private ContextMenus() {}

    /** Power items for the selected guest, enabled by its state (also used by the Guest menu). */
    static List<MenuItem> powerItems(MainView view, String idPrefix) {
        List<MenuItem> out = new ArrayList<>();
        for (PowerActions.Action a : PowerActions.Action.values()) {
            MenuItem m = new MenuItem(a.menuText);
            m.setId(idPrefix + a.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            m.setOnAction(e -> view.power().run(a, view.viewModel().guests().selectedProperty().get()));
            m.setUserData(a);
            out.add(m);
        }
        return out;
    }

    /** Enables each power item by the selected guest's state now (called as the menu opens). */
    static void refresh(MainView view, List<MenuItem> items) {
        GuestItem g = view.viewModel().guests().selectedProperty().get();
        for (MenuItem m : items) {
            if (m.getUserData() instanceof PowerActions.Action a) {
                m.setDisable(!a.applies(g));
            }
        }
    }

    static void attach(MainView view, TableView<GuestItem> guests, TableView<DeviceItem> devices) {
        ContextMenu guestMenu = new ContextMenu();
        guestMenu.setId("guest-context-menu");
        MenuItem sw = new MenuItem("Switch ticked devices to paravirtual…");
        sw.setId("ctx-switch");
        sw.setOnAction(e -> view.startSwitch());
        sw.disableProperty().bind(view.viewModel().switchAvailability().reason().isNotEmpty());
        MenuItem backups = new MenuItem("Backups…");
        backups.setId("ctx-backups");
        backups.setOnAction(e -> view.showBackups());
        MenuItem stats = new MenuItem("Live statistics: before / after");
        stats.setId("ctx-stats");
        stats.setOnAction(e -> {
            GuestItem g = view.viewModel().guests().selectedProperty().get();
            view.viewModel().stats().modeProperty().set(StatsMode.BEFORE_AFTER);
            view.viewModel().stats().guestAProperty().set(g);
            view.showStats();
        });
        List<MenuItem> power = powerItems(view, "ctx-");
        guestMenu.getItems().addAll(power);
        guestMenu.setOnShowing(e -> refresh(view, power));
        guestMenu.getItems().addAll(new SeparatorMenuItem(), sw, backups, stats);
        guests.setContextMenu(guestMenu);

        ContextMenu deviceMenu = new ContextMenu();
        deviceMenu.setId("device-context-menu");
        MenuItem tick = new MenuItem("Tick / untick for the switch");
        tick.setId("ctx-tick");
        tick.setOnAction(e -> {
            DeviceItem d = devices.getSelectionModel().getSelectedItem();
            if (d != null && d.switchable()) {
                d.checkedProperty().set(!d.checked());
            }
        });
        MenuItem only = new MenuItem("Switch only this device…");
        only.setId("ctx-switch-one");
        only.setOnAction(e -> {
            DeviceItem d = devices.getSelectionModel().getSelectedItem();
            if (d != null && d.switchable()) {
                view.viewModel().devices().clearChecks();
                d.checkedProperty().set(true);
                view.startSwitch();
            }
        });
        deviceMenu.setOnShowing(e -> {
            DeviceItem d = devices.getSelectionModel().getSelectedItem();
            boolean can = d != null && d.switchable();
            tick.setDisable(!can);
            only.setDisable(!can);
        });
        deviceMenu.getItems().addAll(tick, only);
        devices.setContextMenu(deviceMenu);
    }
}

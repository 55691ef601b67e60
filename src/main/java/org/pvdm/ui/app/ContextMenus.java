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

    /**
     * Shift+F10 and the Menu key open the menu at the selected row, as on every desktop (not every JavaFX
     * platform turns them into a context-menu request by itself).
     */
    static void byKeyboard(TableView<?> table, ContextMenu menu) {
        table.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            boolean asked = e.getCode() == javafx.scene.input.KeyCode.CONTEXT_MENU
                    || e.getCode() == javafx.scene.input.KeyCode.F10 && e.isShiftDown();
            if (!asked || menu.isShowing()) {
                return;
            }
            e.consume();
            javafx.scene.Node anchor = table.lookupAll(".table-row-cell").stream()
                    .filter(n -> n instanceof javafx.scene.control.TableRow<?> r && r.isSelected() && !r.isEmpty())
                    .findFirst().orElse(table);
            javafx.geometry.Bounds b = anchor.localToScreen(anchor.getBoundsInLocal());
            if (menu.getOnShowing() != null) {
                menu.getOnShowing().handle(new javafx.stage.WindowEvent(menu, javafx.stage.WindowEvent.WINDOW_SHOWING));
            }
            menu.show(table, b.getMinX() + 40, b.getMaxY());
        });
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

    static void attachGuests(MainView view, TableView<GuestItem> guests) {
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
        stats.setOnAction(e -> view.beforeAfterOfSelected());
        List<MenuItem> power = powerItems(view, "ctx-");
        guestMenu.getItems().addAll(power);
        guestMenu.setOnShowing(e -> refresh(view, power));
        guestMenu.getItems().addAll(new SeparatorMenuItem(), sw, backups, stats);
        guests.setContextMenu(guestMenu);
        byKeyboard(guests, guestMenu);
    }

    static void attachDevices(MainView view, TableView<DeviceItem> devices) {
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
        byKeyboard(devices, deviceMenu);
    }
}

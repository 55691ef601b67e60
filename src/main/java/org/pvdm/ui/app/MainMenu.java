package org.pvdm.ui.app;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;

/** The menu bar: every action with its keyboard shortcut. */
final class MainMenu {
    private final MainView view;

    MainMenu(MainView view) {
        this.view = view;
    }

    MenuBar build() {
        MenuItem add = item("Add connection…", "Shortcut+N", "menu-add-connection", view::addConnection);
        MenuItem refresh = item("Refresh", "F5", "menu-refresh", view::refresh);
        MenuItem quit = item("Quit", "Shortcut+Q", "menu-quit", view::quit);
        MenuItem lab = item("Start demo lab (real QEMU guests)", "Shortcut+L", "menu-demo-lab",
                () -> view.viewModel().demoLab().start());
        lab.disableProperty().bind(view.viewModel().demoLab().runningProperty());
        lab.textProperty().bind(javafx.beans.binding.Bindings.when(view.viewModel().demoLab().runningProperty())
                .then(view.viewModel().demoLab().progressProperty()).otherwise("Start demo lab (real QEMU guests)"));
        MenuItem cancelLab = item("Cancel demo lab", "Shortcut+Shift+L", "menu-cancel-lab", () -> view.viewModel().demoLab().cancel());
        cancelLab.visibleProperty().bind(view.viewModel().demoLab().runningProperty());
        Menu file = new Menu("_File", null, add, refresh, lab, cancelLab, new SeparatorMenuItem(), quit);

        MenuItem filter = item("Filter guests", "Shortcut+F", "menu-filter", view::focusFilter);
        MenuItem all = item("Select all convertible devices", "Shortcut+Shift+A", "menu-select-all",
                () -> view.viewModel().devices().checkAllConvertible());
        MenuItem switchTo = item("Switch to paravirtual…", "Shortcut+Shift+S", "menu-switch", view::startSwitch);
        switchTo.disableProperty().bind(view.viewModel().switchAvailability().reason().isNotEmpty());
        MenuItem batch = item("Switch the selected guests to paravirtual…", "Shortcut+Shift+G", "menu-batch",
                view::startBatch);
        MenuItem backups = item("Backups…", "Shortcut+Shift+B", "menu-backups", view::showBackups);
        backups.disableProperty().bind(view.viewModel().backupsAvailable().not());
        Menu guest = new Menu("_Guest", null, filter, all, switchTo, batch, backups, new SeparatorMenuItem());
        java.util.List<MenuItem> power = ContextMenus.powerItems(view, "menu-");
        guest.getItems().addAll(power);
        guest.setOnShowing(e -> ContextMenus.refresh(view, power));

        MenuItem guests = item("Guests and devices", "Shortcut+1", "menu-guests", view::showGuests);
        MenuItem stats = item("Live statistics", "Shortcut+2", "menu-stats", view::showStats);
        javafx.scene.control.CheckMenuItem pane = new javafx.scene.control.CheckMenuItem("Connections pane");
        pane.setId("menu-connections-pane");
        pane.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+C"));
        pane.selectedProperty().bindBidirectional(view.connectionsShownProperty());
        Menu show = new Menu("_View", null, guests, stats, new SeparatorMenuItem(), pane);
        MenuItem report = item("Export report…", "Shortcut+Shift+R", "menu-export-report", () -> {
            view.showStats();
            view.statsView().exportReportAsked();
        });
        MenuItem png = item("Export charts as PNG…", "Shortcut+Shift+P", "menu-export-png", () -> {
            view.showStats();
            view.statsView().exportPngAsked();
        });
        MenuItem beforeAfter = item("Before / after of the selected guest", "Shortcut+Shift+K", "menu-before-after",
                view::beforeAfterOfSelected);
        Menu statistics = new Menu("_Statistics", null, beforeAfter, new SeparatorMenuItem(), report, png);
        MenuBar bar = new MenuBar(file, guest, show, statistics, new HelpMenu(view).build());
        bar.setId("menu-bar");
        return bar;
    }

    static MenuItem item(String text, String accelerator, String id, Runnable action) {
        MenuItem m = new MenuItem(text);
        m.setId(id);
        m.setAccelerator(KeyCombination.keyCombination(accelerator));
        m.setOnAction(e -> action.run());
        return m;
    }
}

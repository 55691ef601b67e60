package org.pvdm.ui.app;

import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import org.pvdm.host.HostInfo;
import org.pvdm.host.libvirt.LibvirtHosts;
import org.pvdm.ui.common.Styles;
import org.pvdm.ui.hosts.HostSession;

/** Help: About (versions of pvdm, of libvirt here and on the host, where the docs are) and the shortcuts. */
final class HelpMenu {
    static final String SHORTCUTS = String.join("\n",
            "Ctrl+1            Guests and devices",
            "Ctrl+2            Live statistics",
            "Ctrl+F            Filter guests (Enter moves to the table)",
            "F5                Read the guest list again",
            "Ctrl+Shift+A      Tick all convertible devices",
            "Ctrl+Shift+S      Switch the ticked devices to paravirtual…",
            "Ctrl+Shift+G      Switch the selected guests (Ctrl/Shift+click) to paravirtual…",
            "Ctrl+Shift+B      Backups of the selected guest…",
            "Ctrl+Shift+K      Statistics: before / after of the selected guest",
            "Ctrl+Shift+R      Statistics: export report…",
            "Ctrl+Shift+P      Statistics: export charts as PNG…",
            "Ctrl+Shift+C      Show or hide the connections pane",
            "Ctrl+N            Add connection…",
            "Ctrl+L            Start demo lab (asks first); Ctrl+Shift+L cancels it",
            "Shift+F10 / Menu  Context menu of the selected guest or device",
            "F1                About PV Driver Manager",
            "Ctrl+/            This list",
            "Ctrl+Q            Quit");

    private final MainView view;

    HelpMenu(MainView view) {
        this.view = view;
    }

    Menu build() {
        MenuItem about = MainMenu.item("About PV Driver Manager", "F1", "menu-about", this::about);
        MenuItem keys = MainMenu.item("Keyboard shortcuts", "Shortcut+Slash", "menu-shortcuts", this::shortcuts);
        return new Menu("_Help", null, keys, about);
    }

    static String pvdmVersion() {
        String v = HelpMenu.class.getPackage().getImplementationVersion();
        return v == null ? "development build" : v;
    }

    private void about() {
        Alert alert = dialog("About PV Driver Manager");
        Label text = new Label(aboutText("reading…"));
        text.setId("about-text");
        text.setWrapText(true);
        alert.getDialogPane().setContent(text);
        alert.getDialogPane().setId("about-dialog");
        HostSession s = view.viewModel().session().session();
        if (s != null) {
            view.viewModel().context().runner().run("read the facts of " + s.label(), () -> s.host().info(),
                    info -> text.setText(aboutText(describe(s, info))),
                    failure -> text.setText(aboutText(s.label() + ": cannot be read (" + failure.getMessage() + ")")));
        } else {
            text.setText(aboutText("not connected"));
        }
        alert.show();
    }

    private static String describe(HostSession s, HostInfo info) {
        return s.label() + ": libvirt " + (info.libvirtVersion().isEmpty() ? "?" : info.libvirtVersion()) + ", "
                + info.hypervisor() + " " + info.hypervisorVersion();
    }

    static String aboutText(String host) {
        String client = LibvirtHosts.clientVersion();
        return "PV Driver Manager (pvdm) " + pvdmVersion() + "\n"
                + "Finds emulated disks and NICs in libvirt guests and switches them to paravirtual models safely:"
                + " plan, backup, verify, roll back; with live I/O statistics.\n\n"
                + "libvirt on this computer: " + (client.isEmpty() ? "not loaded" : client) + "\n"
                + "Connected host: " + host + "\n"
                + "Java " + System.getProperty("java.version") + ", JavaFX " + System.getProperty("javafx.version", "?")
                + "\n\nDocumentation: README.md and docs/ (gui.md, conversion.md, statistics.md) in the pvdm sources;"
                + " 'pvdm --help' and 'pvdm COMMAND --help' in a terminal.";
    }

    private void shortcuts() {
        Alert alert = dialog("Keyboard shortcuts");
        TextArea area = new TextArea(SHORTCUTS);
        area.setId("shortcuts-text");
        area.setEditable(false);
        area.setStyle("-fx-font-family: monospace;");
        area.setPrefRowCount(SHORTCUTS.split("\n").length + 1);
        alert.getDialogPane().setContent(area);
        alert.getDialogPane().setId("shortcuts-dialog");
        alert.show();
    }

    private Alert dialog(String title) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.setTitle(title);
        alert.setHeaderText(title);
        if (view.window() != null) {
            alert.initOwner(view.window());
        }
        alert.setResizable(true);
        alert.getDialogPane().setPrefWidth(620);
        alert.getDialogPane().getStylesheets().add(Styles.url());
        return alert;
    }
}

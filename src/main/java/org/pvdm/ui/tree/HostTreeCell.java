package org.pvdm.ui.tree;

import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.layout.VBox;
import org.pvdm.ui.guests.GuestItem;
import org.pvdm.ui.hosts.ConnectionEntry;
import org.pvdm.ui.hosts.ConnectionState;

/**
 * A host (name, and its state or failure in words below it) or one of its guests (name, state, how many
 * emulated devices). Marks are text as well as colour, so they read on a projector and to a screen reader.
 */
final class HostTreeCell extends TreeCell<Object> {
    private static final String[] STYLES = {"host-node", "guest-node", "host-failed", "host-connected",
        "current-connection"};
    private final OpenHosts hosts;

    HostTreeCell(OpenHosts hosts) {
        this.hosts = hosts;
        setPrefWidth(0); // long URIs end in "..." (full text in the tooltip) instead of a scroll bar
    }

    @Override
    protected void updateItem(Object item, boolean empty) {
        super.updateItem(item, empty);
        getStyleClass().removeAll(STYLES);
        setGraphic(null);
        setText(null);
        setTooltip(null);
        if (empty || item == null) {
            return;
        }
        if (item instanceof ConnectionEntry e) {
            host(e, hosts.find(e));
        } else if (item instanceof GuestItem g) {
            getStyleClass().add("guest-node");
            setText(shortText(g));
            setTooltip(new Tooltip(guestText(g)));
            setAccessibleText("guest " + guestText(g));
        }
    }

    private void host(ConnectionEntry e, OpenHost h) {
        getStyleClass().add("host-node");
        boolean shown = h != null && h == hosts.focusedProperty().get();
        Label name = new Label((shown ? "● " : "") + e.label() + (e.readOnly() ? " (read-only)" : ""));
        name.getStyleClass().add("host-name");
        String state = h == null ? "not connected" : h.stateText();
        Label line = new Label(state);
        line.getStyleClass().addAll("host-state", "hint");
        line.setWrapText(true);
        line.setMinWidth(0);
        name.setMinWidth(0);
        VBox box = new VBox(1, name, line);
        box.setMinWidth(0);
        setGraphic(box);
        if (h != null && h.state() == ConnectionState.FAILED) {
            getStyleClass().add("host-failed");
        } else if (h != null && h.usable()) {
            getStyleClass().add("host-connected");
        }
        if (shown) {
            getStyleClass().add("current-connection");
        }
        String what = e.isDemo() ? "the built-in demo host: libvirt's test driver" : e.label();
        setTooltip(new Tooltip(what + "\n" + state));
        setAccessibleText("host " + e.label() + ", " + state);
    }

    /**
     * What fits a narrow pane: the name, then the state and the emulated count as marks ("▶" running, "■" off,
     * "⚠3" three emulated devices, "✓" paravirtual); the words are in the tooltip and the accessible text.
     */
    static String shortText(GuestItem g) {
        int n = g.emulated();
        String state = g.summary().state().active() ? " ▶" : " ■";
        String badge = n < 0 ? (g.row() == null ? " …" : " ?") : n == 0 ? " ✓" : " ⚠" + n;
        return g.name() + state + badge;
    }

    /** "win2k3-fileserver · running · 3 emulated". */
    static String guestText(GuestItem g) {
        int n = g.emulated();
        String badge = n < 0 ? (g.row() == null ? " · checking…" : " · unreadable") : n == 0 ? " · paravirtual"
                : " · " + n + " emulated";
        return g.name() + " · " + g.summary().state().label() + badge;
    }
}

package org.pvdm.ui.guests;

import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import org.pvdm.inventory.GuestRow;
import org.pvdm.ui.common.Icons;

/**
 * The badge with the number of emulated devices: an icon shape, a colour AND words ("3 emulated",
 * "all paravirtual"), so it reads without colour.
 */
final class EmulatedBadgeCell extends TableCell<GuestItem, GuestRow> {
    private final Label badge = new Label();

    EmulatedBadgeCell() {
        badge.getStyleClass().add("badge");
    }

    @Override
    protected void updateItem(GuestRow row, boolean empty) {
        super.updateItem(row, empty);
        badge.getStyleClass().removeAll("badge-emulated", "badge-pv", "badge-unknown");
        if (empty) {
            setGraphic(null);
            setTooltip(null);
            setAccessibleText(null);
            return;
        }
        if (row == null) {
            show("checking…", "badge-unknown", null, "reading the guest's definition");
        } else if (row.report() == null) {
            show("unreadable", "badge-unknown", null, row.error());
        } else if (row.emulated() == 0) {
            show("all paravirtual", "badge-pv", Icons.paravirtual(12), "no emulated disk or NIC");
        } else {
            int n = row.emulated();
            int c = row.convertible();
            show(n + " emulated", "badge-emulated", Icons.emulated(12), n + " emulated device" + (n == 1 ? "" : "s")
                    + ", " + c + " can be switched to paravirtual");
        }
    }

    private void show(String text, String style, javafx.scene.Node icon, String tip) {
        badge.setText(text);
        badge.setGraphic(icon);
        badge.getStyleClass().add(style);
        setGraphic(badge);
        setText(null);
        setTooltip(new Tooltip(tip));
        setAccessibleText(text + ": " + tip);
    }
}

package org.pvdm.ui.devices;

import javafx.scene.control.TableCell;
import org.pvdm.model.classify.DeviceReport;
import org.pvdm.model.classify.Status;
import org.pvdm.ui.common.Icons;

/** Status as icon shape + colour + word: "emulated" (triangle, amber) or "paravirtual" (tick, green). */
final class StatusCell extends TableCell<DeviceItem, DeviceReport> {

    @Override
    protected void updateItem(DeviceReport r, boolean empty) {
        super.updateItem(r, empty);
        getStyleClass().removeAll("status-emulated", "status-paravirtual");
        if (empty || r == null) {
            setText(null);
            setGraphic(null);
            setAccessibleText(null);
            return;
        }
        boolean emulated = r.status() == Status.EMULATED;
        String text = r.status().label() + (emulated && !r.convertible() ? " (kept)" : "");
        setText(text);
        setGraphic(emulated ? Icons.emulated(14) : Icons.paravirtual(14));
        getStyleClass().add(emulated ? "status-emulated" : "status-paravirtual");
        setAccessibleText("status: " + text);
    }
}

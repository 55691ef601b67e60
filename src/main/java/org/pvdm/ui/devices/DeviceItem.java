package org.pvdm.ui.devices;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.pvdm.model.classify.DeviceReport;

/** One device row: the verdict and whether the person ticked it for switching. */
public final class DeviceItem {
    private final DeviceReport report;
    private final BooleanProperty checked = new SimpleBooleanProperty(this, "checked");
    private final javafx.beans.property.StringProperty details =
            new javafx.beans.property.SimpleStringProperty(this, "details", "");

    private final javafx.beans.property.StringProperty size =
            new javafx.beans.property.SimpleStringProperty(this, "size", "");

    public DeviceItem(DeviceReport report) {
        this.report = report;
    }

    public DeviceReport report() {
        return report;
    }

    /** True when it can be ticked: emulated and with a paravirtual replacement pvdm can make. */
    public boolean switchable() {
        return report.emulated() && report.convertible();
    }

    public BooleanProperty checkedProperty() {
        return checked;
    }

    /** Source / network / boot-disk text, filled once the definition is read. */
    public javafx.beans.property.StringProperty detailsProperty() {
        return details;
    }

    /** A disk's capacity and allocation as libvirt reports them, "unknown: why" when it cannot; "" elsewhere. */
    public javafx.beans.property.StringProperty sizeProperty() {
        return size;
    }

    public boolean checked() {
        return checked.get();
    }

    /** "disk hda", the key a tick survives a reload with. */
    public String key() {
        return report.kind().label() + " " + report.name();
    }
}

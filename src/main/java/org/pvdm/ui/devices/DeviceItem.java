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

    private final BooleanProperty boot = new SimpleBooleanProperty(this, "boot");
    private final javafx.beans.property.StringProperty bootRisk =
            new javafx.beans.property.SimpleStringProperty(this, "bootRisk", "");

    private final javafx.beans.binding.StringBinding reasonText;
    private final javafx.beans.binding.StringBinding nameText;

    public DeviceItem(DeviceReport report) {
        this.report = report;
        reasonText = javafx.beans.binding.Bindings.createStringBinding(() -> bootRisk.get().isEmpty()
                ? report.reason() : bootRisk.get() + " " + report.reason(), bootRisk);
        nameText = javafx.beans.binding.Bindings.createStringBinding(
                () -> report.name() + (boot.get() ? " · boot" : ""), boot);
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

    /** True for the disk the guest boots from, once the definition is read. */
    public BooleanProperty bootProperty() {
        return boot;
    }

    /** What switching this boot disk risks (Windows' 0x7B), "" when nothing beyond the usual. */
    public javafx.beans.property.StringProperty bootRiskProperty() {
        return bootRisk;
    }

    /** The Reason cell: the boot-disk risk first, then the verdict's reason. */
    public javafx.beans.binding.StringBinding reasonText() {
        return reasonText;
    }

    /** The Name cell: the device name, marked when it is the boot disk. */
    public javafx.beans.binding.StringBinding nameText() {
        return nameText;
    }

    /** Source (path, volume or network) only, filled once the definition is read. */
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

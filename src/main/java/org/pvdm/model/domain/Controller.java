package org.pvdm.model.domain;

import org.pvdm.model.xml.XmlElement;

/** A {@code <controller>} of a domain. */
public final class Controller {
    private final XmlElement e;

    Controller(XmlElement e) {
        this.e = e;
    }

    public XmlElement element() {
        return e;
    }

    /** scsi, ide, sata, usb, virtio-serial, pci, ... */
    public String type() {
        return e.optAttr("type").orElse("");
    }

    public int index() {
        return Disk.parseIntOr(e.attr("index"), 0);
    }

    /** The model, "" when the hypervisor default applies. */
    public String model() {
        return e.optAttr("model").orElse("");
    }

    /** The name pvdm uses for it: TYPE:INDEX, e.g. scsi:0. */
    public String displayName() {
        return type() + ":" + index();
    }

    public void setModel(String model) {
        e.setAttr("model", model);
    }
}

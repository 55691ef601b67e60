package org.pvdm.model.domain;

import org.pvdm.model.xml.XmlElement;

/** A {@code <controller>} of a domain. */
public final class Controller {
    private final XmlElement e;
    private final int index;

    Controller(XmlElement e, int index) {
        this.e = e;
        this.index = index;
    }

    /** The index as written, or null when none is (or it is not a number libvirt would accept). */
    static Integer writtenIndex(XmlElement e) {
        String s = e.attr("index");
        if (s == null) {
            return null;
        }
        try {
            int i = Integer.parseInt(s.trim());
            return i < 0 ? null : i;
        } catch (NumberFormatException ex) {
            return null;
        }
    }

    /** True when the XML writes no index and libvirt numbers it. */
    public boolean indexWritten() {
        return writtenIndex(e) != null;
    }

    public XmlElement element() {
        return e;
    }

    /** scsi, ide, sata, usb, virtio-serial, pci, ... */
    public String type() {
        return e.optAttr("type").orElse("");
    }

    /** The index as written, or the one libvirt assigns to an index-less controller (see Domain#controllers). */
    public int index() {
        return index;
    }

    /** The model, "" when the hypervisor default applies. */
    public String model() {
        return e.optAttr("model").orElse("");
    }

    /** The name pvdm uses for it: TYPE:INDEX, e.g. scsi:0. */
    public String displayName() {
        return type() + ":" + index();
    }

    /** Sets the model; an index-less controller gets its index written, so that nothing renumbers it later. */
    public void setModel(String model) {
        if (!indexWritten()) {
            e.removeAttr("model"); // libvirt writes type, index, model in that order
            e.setAttr("index", Integer.toString(index));
        }
        e.setAttr("model", model);
    }
}

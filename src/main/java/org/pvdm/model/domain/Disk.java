package org.pvdm.model.domain;

import java.util.Optional;
import org.pvdm.model.xml.XmlElement;

/** A {@code <disk>} of a domain: disk, cdrom, floppy or lun. */
public final class Disk {
    private final XmlElement e;

    Disk(XmlElement e) {
        this.e = e;
    }

    public XmlElement element() {
        return e;
    }

    /** disk, cdrom, floppy or lun (libvirt's default is disk). */
    public String device() {
        return e.optAttr("device").orElse("disk");
    }

    public String target() {
        return e.child("target").map(t -> t.attr("dev")).orElse("");
    }

    /** The bus as written, or as libvirt infers it from the target name when not written. */
    public String bus() {
        String bus = e.child("target").map(t -> t.attr("bus")).orElse(null);
        return bus != null ? bus : inferBus(target(), device());
    }

    /** libvirt's rule for a disk without a bus: from the target name's prefix. */
    static String inferBus(String dev, String device) {
        if ("floppy".equals(device) || dev.startsWith("fd")) {
            return "fdc";
        }
        if (dev.startsWith("hd")) {
            return "ide";
        }
        if (dev.startsWith("sd")) {
            return "scsi";
        }
        if (dev.startsWith("vd")) {
            return "virtio";
        }
        if (dev.startsWith("xvd")) {
            return "xen";
        }
        if (dev.startsWith("ubd")) {
            return "uml";
        }
        return "";
    }

    /** What the disk is backed by: file path, block device, volume or network name, for display. */
    public String source() {
        Optional<XmlElement> src = e.child("source");
        if (src.isEmpty()) {
            return "";
        }
        for (String attr : new String[] {"file", "dev", "dir", "volume", "name"}) {
            String v = src.get().attr(attr);
            if (v != null) {
                return v;
            }
        }
        return "";
    }

    /** The {@code <address>} element, if any. */
    public Optional<XmlElement> address() {
        return e.child("address");
    }

    /** The controller index of a drive address (0 when none is written). */
    /**
     * The controller index of the disk's drive address; without one, where libvirt puts it: a SCSI disk on
     * controller (name index / 7), as libvirt assigns 7 units per controller.
     */
    public int controllerIndex() {
        Optional<XmlElement> drive = address().filter(a -> "drive".equals(a.attr("type")));
        if (drive.isPresent()) {
            return parseIntOr(drive.get().attr("controller"), 0);
        }
        if (bus().equals("scsi") && target().startsWith("sd")) {
            int index = letterIndex(target().substring(2));
            return index < 0 ? 0 : index / 7;
        }
        return 0;
    }

    /** a=0 ... z=25, aa=26 ...: libvirt's virDiskNameToIndex for the letters after the prefix. */
    static int letterIndex(String letters) {
        int idx = -1;
        for (char c : letters.toCharArray()) {
            if (c < 'a' || c > 'z') {
                return idx;
            }
            idx = (idx + 1) * 26 + (c - 'a');
        }
        return idx;
    }

    /** The per-device boot order, or 0 when none. */
    public int bootOrder() {
        return e.child("boot").map(b -> parseIntOr(b.attr("order"), 0)).orElse(0);
    }

    /** wwn, vendor or product: identity that libvirt allows only on ide/scsi (vendor/product only on scsi). */
    public boolean hasScsiIdentity() {
        return e.child("wwn").isPresent() || e.child("vendor").isPresent() || e.child("product").isPresent();
    }

    /** Sets the target name and bus; other target attributes stay as they were. */
    public void setTarget(String dev, String bus) {
        XmlElement target = e.child("target").orElseGet(() -> e.addElement("target"));
        target.setAttr("dev", dev);
        target.setAttr("bus", bus);
    }

    /** Removes a stale {@code <address type='drive'>} (a virtio disk must not have one). */
    public boolean removeAddress() {
        Optional<XmlElement> addr = address();
        addr.ifPresent(e::removeElement);
        return addr.isPresent();
    }

    static int parseIntOr(String s, int fallback) {
        if (s == null) {
            return fallback;
        }
        try {
            return Integer.decode(s.trim());
        } catch (NumberFormatException ex) {
            return fallback;
        }
    }
}

package org.pvdm.trial;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.pvdm.model.domain.Domain;
import org.pvdm.model.xml.XmlElement;

/**
 * Turns a switched definition into a throwaway clone's (pure XML, no host): a new name and no UUID (libvirt
 * makes one), new MACs, every NIC on no network (a tap attached to nothing), every writable disk on a
 * copy-on-write overlay, the serial log in the trial folder, no fixed agent socket, no pvdm marks.
 */
public final class TrialClone {
    /** A writable disk and the overlay that stands in for it. */
    public record Overlay(String target, Path base, String baseFormat, Path overlay) {}

    /** The clone's XML and the overlays to create before it starts. */
    public record Result(String name, String xml, List<Overlay> overlays, Optional<Path> consoleLog) {}

    private static final SecureRandom RANDOM = new SecureRandom();

    private TrialClone() {}

    public static Result of(Domain switched, String cloneName, Path dir) throws TrialException {
        Domain d = switched.copy();
        XmlElement root = d.root();
        root.child("name").ifPresent(n -> setText(n, cloneName));
        root.child("uuid").ifPresent(root::removeElement);
        root.child("metadata").ifPresent(m -> m.elements().stream()
                .filter(e -> e.namespaceUri().startsWith("https://pvdm.org/")).toList().forEach(m::removeElement));
        XmlElement devices = d.devicesElement();
        List<Overlay> overlays = new ArrayList<>();
        for (XmlElement disk : devices.elements("disk")) {
            overlay(disk, cloneName, dir).ifPresent(overlays::add);
        }
        for (XmlElement nic : devices.elements("interface")) {
            isolate(nic);
        }
        for (XmlElement ch : devices.elements("channel")) {
            if ("unix".equals(ch.attr("type"))) {
                ch.child("source").ifPresent(ch::removeElement);
            }
        }
        Optional<Path> log = Optional.empty();
        for (XmlElement serial : devices.elements("serial")) {
            Optional<XmlElement> l = serial.child("log");
            if (l.isPresent()) {
                Path p = dir.resolve(cloneName + ".console.log");
                l.get().setAttr("file", p.toString());
                l.get().setAttr("append", "off");
                log = Optional.of(p);
            }
        }
        return new Result(cloneName, d.toXml(), overlays, log);
    }

    private static Optional<Overlay> overlay(XmlElement disk, String cloneName, Path dir) throws TrialException {
        String device = disk.optAttr("device").orElse("disk");
        String target = disk.child("target").map(t -> t.attr("dev")).orElse("?");
        if (disk.child("readonly").isPresent() || device.equals("cdrom") || device.equals("floppy")) {
            return Optional.empty();
        }
        String type = disk.optAttr("type").orElse("file");
        Optional<XmlElement> source = disk.child("source");
        String path = source.map(s -> type.equals("block") ? s.attr("dev") : s.attr("file")).orElse(null);
        if (!(type.equals("file") || type.equals("block")) || path == null) {
            throw new TrialException("disk " + target + " is a '" + type + "' disk" + (path == null ? " without a source"
                    : "") + ": pvdm try puts overlays only over file and block disks");
        }
        if (!path.startsWith("/")) {
            throw new TrialException("disk " + target + ": its source '" + path + "' is not an absolute path");
        }
        XmlElement driver = disk.child("driver").orElseGet(() -> disk.addElement("driver"));
        String format = driver.optAttr("type").orElse("raw").toLowerCase(Locale.ROOT);
        if (!format.matches("raw|qcow2|qed|vmdk|vdi|vpc|vhdx")) {
            throw new TrialException("disk " + target + ": unknown image format '" + format + "'");
        }
        Path overlay = dir.resolve(cloneName + "-" + target.replaceAll("[^A-Za-z0-9]", "_") + ".qcow2");
        disk.setAttr("type", "file");
        driver.setAttr("name", "qemu");
        driver.setAttr("type", "qcow2");
        XmlElement src = source.get();
        src.removeAttr("dev");
        src.setAttr("file", overlay.toString());
        disk.child("backingStore").ifPresent(disk::removeElement);
        return Optional.of(new Overlay(target, Path.of(path), format, overlay));
    }

    private static void isolate(XmlElement nic) {
        if ("hostdev".equals(nic.attr("type")) || "vhostuser".equals(nic.attr("type"))) {
            return;
        }
        nic.setAttr("type", "ethernet");
        for (String gone : List.of("source", "target", "virtualport", "filterref", "bandwidth", "vlan")) {
            nic.child(gone).ifPresent(nic::removeElement);
        }
        nic.child("mac").orElseGet(() -> nic.addElement("mac")).setAttr("address", newMac());
    }

    /** A random MAC in QEMU's 52:54:00 range. */
    static String newMac() {
        byte[] b = new byte[3];
        RANDOM.nextBytes(b);
        return String.format(Locale.ROOT, "52:54:00:%02x:%02x:%02x", b[0] & 0xff, b[1] & 0xff, b[2] & 0xff);
    }

    private static void setText(XmlElement e, String text) {
        e.children().stream().toList().forEach(n -> n.detach());
        e.append(new org.pvdm.model.xml.XmlText(text, false));
    }
}

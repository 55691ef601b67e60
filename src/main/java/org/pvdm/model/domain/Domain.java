package org.pvdm.model.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.List;
import java.util.Optional;
import org.pvdm.model.xml.XmlDocument;
import org.pvdm.model.xml.XmlElement;
import org.pvdm.model.xml.XmlException;
import org.pvdm.model.xml.XmlParser;
import org.pvdm.model.xml.XmlWriter;

/**
 * A libvirt domain definition: typed views over the kept XML tree. Reads and writes go through the tree,
 * so everything this class does not know survives untouched.
 */
public final class Domain {
    private final XmlDocument doc;

    private Domain(XmlDocument doc) {
        this.doc = doc;
    }

    /** Parses a domain XML; refuses anything whose root is not {@code <domain>}. */
    public static Domain parse(String xml) throws XmlException {
        return of(XmlParser.parse(xml));
    }

    public static Domain of(XmlDocument doc) throws XmlException {
        String root = doc.root().name();
        if (!root.equals("domain")) {
            throw new XmlException("not a libvirt domain XML: the root element is <" + root + ">, expected <domain>");
        }
        return new Domain(doc);
    }

    public XmlDocument document() {
        return doc;
    }

    public XmlElement root() {
        return doc.root();
    }

    /** A deep copy to change without touching this one. */
    public Domain copy() {
        return new Domain(doc.copy());
    }

    /** The XML as libvirt writes it; unchanged input comes back byte for byte. */
    public String toXml() {
        return XmlWriter.write(doc);
    }

    /** The domain type: kvm, qemu, xen, test, ... */
    public String type() {
        return root().optAttr("type").orElse("");
    }

    public String name() {
        return root().child("name").map(XmlElement::text).orElse("");
    }

    public String uuid() {
        return root().child("uuid").map(XmlElement::text).orElse("");
    }

    public OsFacts os() {
        return new OsFacts(this);
    }

    public Flavour flavour() {
        return Flavour.of(type(), os().type());
    }

    public Optional<XmlElement> devices() {
        return root().child("devices");
    }

    /** The devices element, created when missing. */
    public XmlElement devicesElement() {
        return devices().orElseGet(() -> root().addElement("devices"));
    }

    public List<Disk> disks() {
        List<Disk> out = new ArrayList<>();
        devices().ifPresent(d -> d.elements("disk").forEach(e -> out.add(new Disk(e))));
        return out;
    }

    public List<Nic> nics() {
        List<Nic> out = new ArrayList<>();
        devices().ifPresent(d -> d.elements("interface").forEach(e -> out.add(new Nic(e))));
        return out;
    }

    /**
     * The controllers, each with the index libvirt gives it: an index-less controller gets the lowest index no
     * other controller of its type has, in document order (virDomainDefPostParse assigns them through
     * virDomainControllerFindUnusedIndex, src/conf/domain_postparse.c in libvirt 9.0.0). USB2 companion
     * controllers, which libvirt groups on one index, are left at their written index or 0.
     */
    public List<Controller> controllers() {
        List<XmlElement> elements = devices().map(d -> d.elements("controller")).orElse(List.of());
        Map<String, Set<Integer>> used = new HashMap<>();
        for (XmlElement e : elements) {
            Integer written = Controller.writtenIndex(e);
            if (written != null) {
                used.computeIfAbsent(e.optAttr("type").orElse(""), k -> new HashSet<>()).add(written);
            }
        }
        Map<String, Integer> searchFrom = new HashMap<>();
        List<Controller> out = new ArrayList<>();
        for (XmlElement e : elements) {
            Integer written = Controller.writtenIndex(e);
            String type = e.optAttr("type").orElse("");
            if (written != null || type.equals("usb")) {
                out.add(new Controller(e, written == null ? 0 : written));
                continue;
            }
            Set<Integer> taken = used.computeIfAbsent(type, k -> new HashSet<>());
            int index = searchFrom.getOrDefault(type, 0);
            while (taken.contains(index)) {
                index++;
            }
            taken.add(index);
            searchFrom.put(type, index + 1);
            out.add(new Controller(e, index));
        }
        return out;
    }

    /** The controller of a type and index, e.g. ("scsi", 0). */
    public Optional<Controller> controller(String type, int index) {
        return controllers().stream().filter(c -> c.type().equals(type) && c.index() == index).findFirst();
    }

    /** A disk by target dev. */
    public Optional<Disk> disk(String targetDev) {
        return disks().stream().filter(d -> d.target().equals(targetDev)).findFirst();
    }

    /** A NIC by MAC, case-insensitive. */
    public Optional<Nic> nic(String mac) {
        return nics().stream().filter(n -> n.mac().equalsIgnoreCase(mac)).findFirst();
    }
}

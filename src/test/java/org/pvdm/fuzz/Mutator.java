package org.pvdm.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import org.pvdm.model.xml.XmlDocument;
import org.pvdm.model.xml.XmlElement;
import org.pvdm.model.xml.XmlException;
import org.pvdm.model.xml.XmlNode;
import org.pvdm.model.xml.XmlParser;
import org.pvdm.model.xml.XmlWriter;

/** Seeded mutations of a domain XML: raw bytes, or elements and attributes of its tree. Same seed, same bytes. */
final class Mutator {
    private static final String[] NAMES = {"bus", "type", "dev", "model", "controller", "index", "unit", "slot",
        "device", "target", "address", "name", "port", "order"};
    private static final String[] VALUES = {"", "virtio", "ide", "sata", "scsi", "xen", "usb", "fdc", "drive", "pci",
        "hda", "vda", "sda", "xvda", "hdz", "vdzz", "sd", "e1000", "rtl8139", "lsilogic", "virtio-scsi", "netfront",
        "0", "-1", "99999999999", "0x1f", "hostdev", "cdrom", "disk", "floppy", "lun", "ethernet", "bridge", "hvm",
        "linux", "kvm", "qemu", "&amp;", "\u00e9\u4e2d", " ", "a b"};
    private static final String[] ELEMENTS = {"disk", "interface", "controller", "address", "target", "model",
        "boot", "source", "driver", "devices", "os", "type", "wwn", "vendor", "product", "mac"};
    private static final byte[] BYTES = "<>&'\"/= \n\u0000\u00ff\u00e9x;]![-?".getBytes(StandardCharsets.UTF_8);

    /** The mutated file and what was done, for the failure message. */
    record Result(byte[] bytes, String what) {}

    private Mutator() {}

    static Result mutate(String original, long seed) {
        Random r = new Random(seed);
        int rounds = 1 + r.nextInt(3);
        byte[] bytes = original.getBytes(StandardCharsets.UTF_8);
        StringBuilder what = new StringBuilder();
        for (int i = 0; i < rounds; i++) {
            if (r.nextBoolean()) {
                Result e = elements(new String(bytes, StandardCharsets.UTF_8), r);
                if (e != null) {
                    bytes = e.bytes();
                    what.append(e.what()).append("; ");
                    continue;
                }
            }
            Result b = bytes(bytes, r);
            bytes = b.bytes();
            what.append(b.what()).append("; ");
        }
        return new Result(bytes, what.toString());
    }

    private static Result bytes(byte[] in, Random r) {
        if (in.length == 0) {
            return new Result(new byte[] {BYTES[r.nextInt(BYTES.length)]}, "insert into empty");
        }
        int at = r.nextInt(in.length);
        int len = Math.min(in.length - at, 1 + r.nextInt(64));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(in.length + 64);
        String what;
        switch (r.nextInt(5)) {
            case 0 -> {
                byte[] c = in.clone();
                c[at] = (byte) (c[at] ^ (1 << r.nextInt(8)));
                return new Result(c, "flip bit at " + at);
            }
            case 1 -> {
                out.write(in, 0, at);
                out.write(BYTES[r.nextInt(BYTES.length)]);
                out.write(in, at, in.length - at);
                what = "insert byte at " + at;
            }
            case 2 -> {
                out.write(in, 0, at);
                out.write(in, at + len, in.length - at - len);
                what = "delete " + len + " at " + at;
            }
            case 3 -> {
                out.write(in, 0, at + len);
                out.write(in, at, in.length - at);
                what = "duplicate " + len + " at " + at;
            }
            default -> {
                out.write(in, 0, at);
                what = "truncate at " + at;
            }
        }
        return new Result(out.toByteArray(), what);
    }

    /** A tree mutation, or null when the text is not a tree (then a byte mutation is used). */
    private static Result elements(String text, Random r) {
        XmlDocument doc;
        try {
            doc = XmlParser.parse(text);
        } catch (XmlException e) {
            return null;
        }
        List<XmlElement> all = all(doc.root());
        XmlElement e = all.get(r.nextInt(all.size()));
        String what;
        switch (r.nextInt(6)) {
            case 0 -> {
                if (e.parent() == null) {
                    return null;
                }
                e.parent().removeElement(e);
                what = "remove <" + e.name() + ">";
            }
            case 1 -> {
                XmlElement copy = copy(e);
                if (copy == null || e.parent() == null) {
                    return null;
                }
                XmlElement p = e.parent();
                p.insert(p.children().indexOf(e), copy);
                what = "duplicate <" + e.name() + ">";
            }
            case 2 -> {
                if (e.attributes().isEmpty()) {
                    return null;
                }
                String a = new ArrayList<>(e.attributes().keySet()).get(r.nextInt(e.attributes().size()));
                e.removeAttr(a);
                what = "remove @" + a + " of <" + e.name() + ">";
            }
            case 3 -> {
                String a = r.nextBoolean() && !e.attributes().isEmpty()
                        ? new ArrayList<>(e.attributes().keySet()).get(r.nextInt(e.attributes().size()))
                        : NAMES[r.nextInt(NAMES.length)];
                String v = VALUES[r.nextInt(VALUES.length)];
                e.setAttr(a, v);
                what = "set @" + a + "='" + v + "' on <" + e.name() + ">";
            }
            case 4 -> {
                XmlElement to = all.get(r.nextInt(all.size()));
                if (e.parent() == null || isAncestorOrSelf(e, to)) {
                    return null;
                }
                e.detach();
                to.append(e);
                what = "move <" + e.name() + "> into <" + to.name() + ">";
            }
            default -> {
                XmlElement added = e.addElement(ELEMENTS[r.nextInt(ELEMENTS.length)]);
                for (int i = r.nextInt(3); i > 0; i--) {
                    added.setAttr(NAMES[r.nextInt(NAMES.length)], VALUES[r.nextInt(VALUES.length)]);
                }
                what = "add <" + added.name() + "> to <" + e.name() + ">";
            }
        }
        return new Result(XmlWriter.write(doc).getBytes(StandardCharsets.UTF_8), what);
    }

    private static XmlElement copy(XmlElement e) {
        try {
            XmlElement root = XmlParser.parse(XmlWriter.write(e)).root();
            root.detach();
            return root;
        } catch (XmlException | RuntimeException x) {
            return null; // an element using a namespace prefix declared above it is not a document of its own
        }
    }

    private static boolean isAncestorOrSelf(XmlElement e, XmlElement to) {
        for (XmlElement x = to; x != null; x = x.parent()) {
            if (x == e) {
                return true;
            }
        }
        return false;
    }

    static List<XmlElement> all(XmlElement root) {
        List<XmlElement> out = new ArrayList<>();
        Deque<XmlElement> todo = new ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            XmlElement x = todo.pop();
            out.add(x);
            for (XmlNode n : x.children()) {
                if (n instanceof XmlElement c) {
                    todo.push(c);
                }
            }
        }
        return out;
    }
}

package org.pvdm.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes libvirt test-driver node files with N guests of mixed device models, for benchmarks and tests.
 * Guest i follows a fixed cycle of five profiles (so every count is reproducible and the mix is the same at
 * 100 and at 5,000 guests):
 * <ol start="0">
 *   <li>IDE disks + e1000 NIC (everything emulated)</li>
 *   <li>virtio disks + virtio NIC (nothing to do)</li>
 *   <li>SATA disk + rtl8139 NIC</li>
 *   <li>SCSI disk on an lsilogic controller + virtio NIC (disks only)</li>
 *   <li>virtio disks + e1000 NIC (NIC only)</li>
 * </ol>
 * Every third guest is shut off; the others run. Names are PREFIX-00000, UUIDs and MACs derive from i.
 */
public final class NodeFiles {
    static final int PROFILES = 5;

    private NodeFiles() {}

    /** Writes the node file for n guests named prefix-NNNNN to file (parent folders created). */
    public static Path write(Path file, int n, String prefix) throws IOException {
        return write(file, n, prefix, Mix.MIXED);
    }

    /** The mix of guests a file holds. */
    public enum Mix {
        /** the five profiles in turn, every third guest shut off (see the class comment) */
        MIXED,
        /** every guest on IDE + e1000 and shut off: all convertible without a power cycle */
        EMULATED_OFF,
        /** every guest running with two virtio disks and a virtio NIC (the bulk statistics benchmark) */
        RUNNING_VIRTIO
    }

    /** Writes the node file for n guests of the given mix. */
    public static Path write(Path file, int n, String prefix, Mix mix) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, xml(n, prefix, mix), StandardCharsets.UTF_8);
        return file;
    }

    /** The node file text: n domains of the mixed profiles. */
    public static String xml(int n, String prefix) {
        return xml(n, prefix, Mix.MIXED);
    }

    /** The node file text: n domains. */
    public static String xml(int n, String prefix, Mix mix) {
        if (n < 0) {
            throw new IllegalArgumentException("guest count must be >= 0, not " + n);
        }
        StringBuilder sb = new StringBuilder(n * 1100 + 100);
        sb.append("<node xmlns:test='http://libvirt.org/schemas/domain/test/1.0'>\n");
        for (int i = 0; i < n; i++) {
            int p = switch (mix) {
                case MIXED -> profile(i);
                case EMULATED_OFF -> 0;
                case RUNNING_VIRTIO -> 1;
            };
            boolean off = switch (mix) {
                case MIXED -> shutOff(i);
                case EMULATED_OFF -> true;
                case RUNNING_VIRTIO -> false;
            };
            domain(sb, i, prefix, p, off);
        }
        return sb.append("</node>\n").toString();
    }

    /** Which profile guest i has (0..4, see the class comment). */
    public static int profile(int i) {
        return i % PROFILES;
    }

    /** True when guest i is defined shut off. */
    public static boolean shutOff(int i) {
        return i % 3 == 2;
    }

    /** Emulated devices of guest i that pvdm can switch (disks, their controller, NICs). */
    public static int convertible(int i) {
        return switch (profile(i)) {
            case 0 -> 3;
            case 1 -> 0;
            case 2 -> 2;
            case 3 -> 1; // the lsilogic controller (its disk keeps bus scsi)
            default -> 1;
        };
    }

    public static String name(String prefix, int i) {
        return String.format(Locale.ROOT, "%s-%05d", prefix, i);
    }

    public static String uuid(int i) {
        return String.format(Locale.ROOT, "7a5e0000-0000-4000-8000-%012d", i);
    }

    private static void domain(StringBuilder sb, int i, String prefix, int p, boolean off) {
        sb.append("  <domain type='kvm'>\n    <name>").append(name(prefix, i)).append("</name>\n")
                .append("    <uuid>").append(uuid(i)).append("</uuid>\n")
                .append("    <memory unit='MiB'>512</memory>\n    <vcpu>1</vcpu>\n")
                .append("    <os><type arch='x86_64' machine='pc-i440fx-7.2'>hvm</type><boot dev='hd'/></os>\n")
                .append("    <devices>\n");
        switch (p) {
            case 0 -> {
                disk(sb, i, 1, "hda", "ide");
                disk(sb, i, 2, "hdb", "ide");
            }
            case 1, 4 -> {
                disk(sb, i, 1, "vda", "virtio");
                disk(sb, i, 2, "vdb", "virtio");
            }
            case 2 -> disk(sb, i, 1, "sda", "sata");
            default -> {
                sb.append("      <controller type='scsi' index='0' model='lsilogic'/>\n");
                disk(sb, i, 1, "sda", "scsi");
            }
        }
        String nic = switch (p) {
            case 0, 4 -> "e1000";
            case 2 -> "rtl8139";
            default -> "virtio";
        };
        sb.append(String.format(Locale.ROOT, "      <interface type='network'><mac address='52:54:00:%02x:%02x:%02x'/>"
                + "<source network='default'/><model type='%s'/></interface>\n",
                (i >> 16) & 0xff, (i >> 8) & 0xff, i & 0xff, nic));
        sb.append("    </devices>\n");
        if (off) {
            sb.append("    <test:runstate>5</test:runstate>\n");
        }
        sb.append("  </domain>\n");
    }

    private static void disk(StringBuilder sb, int i, int k, String dev, String bus) {
        sb.append(String.format(Locale.ROOT, "      <disk type='file' device='disk'><driver name='qemu' type='qcow2'/>"
                + "<source file='/var/lib/libvirt/images/g%05d-%d.qcow2'/><target dev='%s' bus='%s'/></disk>\n",
                i, k, dev, bus));
    }
}

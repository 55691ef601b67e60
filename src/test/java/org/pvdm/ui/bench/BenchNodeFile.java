package org.pvdm.ui.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes a libvirt test-driver node file with N running guests for the GUI benchmark (docs/benchmarks.md,
 * "GUI"): every other guest on IDE + e1000, the rest on virtio, each with 2 disks and 1 NIC. Not a test.
 *
 * <p>Usage: {@code java -cp target/classes:target/test-classes org.pvdm.ui.bench.BenchNodeFile N FILE}
 */
public final class BenchNodeFile {
    private BenchNodeFile() {}

    public static void main(String[] args) throws IOException {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        Path file = Path.of(args.length > 1 ? args[1] : "/tmp/pvdm-bench/node.xml");
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, xml(n), StandardCharsets.UTF_8);
    }

    static String xml(int n) {
        StringBuilder sb = new StringBuilder("<node>\n");
        for (int i = 0; i < n; i++) {
            boolean emulated = i % 2 == 0;
            String bus = emulated ? "ide" : "virtio";
            String d1 = emulated ? "hda" : "vda";
            String d2 = emulated ? "hdb" : "vdb";
            sb.append(String.format(Locale.ROOT, """
                      <domain type='kvm'>
                        <name>bench-%04d</name>
                        <uuid>00000000-0000-4000-8000-%012d</uuid>
                        <memory unit='MiB'>512</memory>
                        <vcpu>1</vcpu>
                        <os><type arch='x86_64' machine='pc-i440fx-7.2'>hvm</type><boot dev='hd'/></os>
                        <devices>
                          <disk type='file' device='disk'><source file='/var/lib/libvirt/images/b%04d-1.qcow2'/><target dev='%s' bus='%s'/></disk>
                          <disk type='file' device='disk'><source file='/var/lib/libvirt/images/b%04d-2.qcow2'/><target dev='%s' bus='%s'/></disk>
                          <interface type='network'><mac address='52:54:00:%02x:%02x:%02x'/><source network='default'/><model type='%s'/></interface>
                        </devices>
                      </domain>
                    """, i, i, i, d1, bus, i, d2, bus, (i >> 16) & 0xff, (i >> 8) & 0xff, i & 0xff,
                    emulated ? "e1000" : "virtio"));
        }
        return sb.append("</node>\n").toString();
    }
}

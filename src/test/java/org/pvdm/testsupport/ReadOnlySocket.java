package org.pvdm.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.pvdm.host.Host;
import org.pvdm.host.HostException;
import org.pvdm.host.libvirt.LibvirtHosts;

/**
 * The machine's libvirtd and its read-only socket, for tests of write access: a test class defines its own guest
 * through the read-write socket, reaches it through the read-only one, and undefines it afterwards.
 */
public final class ReadOnlySocket {
    public static final String URI = "qemu:///system";
    public static final Path SOCKET = Path.of("/run/libvirt/libvirt-sock-ro");
    /** The same libvirtd through its read-only socket: it opens without VIR_CONNECT_RO, and serves read-only. */
    public static final String RO_URI = URI + "?socket=" + SOCKET;

    private ReadOnlySocket() {}

    /**
     * A shut-off guest of a test's own for {@link #define}: one IDE disk and one e1000 NIC, so a plan has devices to
     * switch; its image is never created (the guest is never started).
     */
    public static String guestXml(String name, String uuid) {
        return """
                <domain type='qemu'>
                  <name>%s</name>
                  <uuid>%s</uuid>
                  <memory unit='MiB'>64</memory>
                  <vcpu>1</vcpu>
                  <os><type arch='x86_64'>hvm</type></os>
                  <devices>
                    <disk type='file' device='disk'>
                      <driver name='qemu' type='raw'/>
                      <source file='/var/lib/pvdm-test/%s.img'/>
                      <target dev='hda' bus='ide'/>
                    </disk>
                    <interface type='user'><mac address='52:54:00:4a:cc:a1'/><model type='e1000'/></interface>
                  </devices>
                </domain>""".formatted(name, uuid, name);
    }

    /**
     * Opens the read-write socket and defines the guest; skips (or fails in CI) through {@link Needs} when
     * libvirt, libvirtd or the read-only socket is missing.
     *
     * @return the open read-write host, for {@link #undefine}
     */
    public static Host define(String xml) throws HostException {
        Needs.libvirt0();
        Host admin = null;
        try {
            admin = LibvirtHosts.open(URI, true, null, Duration.ofSeconds(5));
        } catch (HostException e) {
            Needs.libvirtd(URI, e.getMessage());
        }
        Needs.present(Files.exists(SOCKET), () -> "libvirtd's read-only socket " + SOCKET);
        admin.define(xml);
        return admin;
    }

    /** Undefines the guest (gone already is fine) and closes the host; null does nothing. */
    public static void undefine(Host admin, String uuid) {
        if (admin == null) {
            return;
        }
        try {
            admin.undefine(uuid);
        } catch (HostException e) {
            // already gone: fine
        }
        admin.close();
    }
}

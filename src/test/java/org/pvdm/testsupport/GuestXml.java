package org.pvdm.testsupport;

import java.util.UUID;

/** Small domain XMLs for fake hosts and the test driver: KVM guests with one disk and one NIC. */
public final class GuestXml {
    private GuestXml() {}

    /** A stable UUID per name, so a test can name a guest's UUID without keeping it. */
    public static String uuidOf(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
    }

    /** A Linux KVM guest (libosinfo says Debian 12) with disk {@code dev} on {@code bus} and a NIC of {@code model}. */
    public static String kvm(String name, String dev, String bus, String model) {
        return """
                <domain type='kvm'>
                  <name>%s</name>
                  <uuid>%s</uuid>
                  <metadata>
                    <libosinfo:libosinfo xmlns:libosinfo="http://libosinfo.org/xmlns/libvirt/domain/1.0">
                      <libosinfo:os id="http://debian.org/debian/12"/>
                    </libosinfo:libosinfo>
                  </metadata>
                  <memory unit='KiB'>524288</memory>
                  <vcpu>1</vcpu>
                  <os>
                    <type arch='x86_64' machine='pc-q35-7.2'>hvm</type>
                  </os>
                  <devices>
                    <disk type='file' device='disk'>
                      <source file='/var/lib/libvirt/images/%s.qcow2'/>
                      <target dev='%s' bus='%s'/>
                    </disk>
                    <interface type='network'>
                      <mac address='52:54:00:00:00:01'/>
                      <source network='default'/>
                      <model type='%s'/>
                    </interface>
                  </devices>
                </domain>
                """.formatted(name, uuidOf(name), name, dev, bus, model);
    }

    /** The same guest, fully emulated: IDE disk hda, e1000 NIC. */
    public static String emulated(String name) {
        return kvm(name, "hda", "ide", "e1000");
    }

    /** The same guest, fully paravirtual: virtio disk vda, virtio NIC. */
    public static String paravirtual(String name) {
        return kvm(name, "vda", "virtio", "virtio");
    }

    /**
     * "win": a Windows Server 2008 R2 guest (libosinfo says so; no driver is proven) booting from IDE disk hda,
     * a raw image at {@code image}, with an e1000 NIC: the guest whose boot disk is switched in two stages.
     */
    public static String windows(String image) {
        return """
                <domain type='kvm'>
                  <name>win</name>
                  <uuid>11111111-2222-3333-4444-555555555555</uuid>
                  <metadata>
                    <libosinfo:libosinfo xmlns:libosinfo="http://libosinfo.org/xmlns/libvirt/domain/1.0">
                      <libosinfo:os id="http://microsoft.com/win/2k8r2"/>
                    </libosinfo:libosinfo>
                  </metadata>
                  <memory unit='KiB'>524288</memory>
                  <os><type arch='x86_64' machine='pc'>hvm</type><boot dev='hd'/></os>
                  <devices>
                    <disk type='file' device='disk'>
                      <driver name='qemu' type='raw'/>
                      <source file='%s'/>
                      <target dev='hda' bus='ide'/>
                    </disk>
                    <interface type='network'>
                      <mac address='52:54:00:01:02:03'/>
                      <source network='default'/>
                      <model type='e1000'/>
                    </interface>
                  </devices>
                </domain>
                """.formatted(image);
    }

    /** A node file of libvirt's test driver (test:///PATH) holding these guests, each shut off. */
    public static String testDriverNode(String... domains) {
        StringBuilder node = new StringBuilder("<node xmlns:test='http://libvirt.org/schemas/domain/test/1.0'>\n");
        for (String d : domains) {
            int end = d.lastIndexOf("</domain>");
            node.append(d, 0, end).append("  <test:runstate>5</test:runstate>\n").append(d.substring(end));
        }
        return node.append("</node>\n").toString();
    }
}

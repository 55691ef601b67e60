package org.pvdm.testsupport;

import java.util.UUID;

/** Small domain XMLs for fake hosts: a KVM guest with one disk and one NIC. */
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
}

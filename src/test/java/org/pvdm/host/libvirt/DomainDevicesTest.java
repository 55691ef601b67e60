package org.pvdm.host.libvirt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;

class DomainDevicesTest {

    @Test
    void disksAndNics() throws IOException {
        DomainDevices d = DomainDevices.parse("""
                <domain type='kvm' id='3'><name>x</name><devices>
                  <disk type='file' device='disk'><source file='/a'/><target dev='hda' bus='ide'/></disk>
                  <disk type='file' device='cdrom'><target dev='hdc' bus='ide'/></disk>
                  <interface type='bridge'><mac address='52:54:00:AB:CD:EF'/><target dev='vnet3'/></interface>
                  <interface type='user'><mac address='52:54:00:00:00:02'/></interface>
                  <controller type='usb'/>
                </devices></domain>""");
        assertEquals(List.of("hda", "hdc"), d.disks());
        assertEquals(List.of(new DomainDevices.Nic("52:54:00:ab:cd:ef", "vnet3"),
                new DomainDevices.Nic("52:54:00:00:00:02", null)), d.nics());
        assertEquals("52:54:00:ab:cd:ef", d.macOf("vnet3"));
        assertNull(d.macOf("vnet9"));
    }

    @Test
    void noDevices() throws IOException {
        assertEquals(DomainDevices.NONE, DomainDevices.parse("<domain><name>x</name></domain>"));
    }

    @Test
    void doctypeIsRefused() {
        assertThrows(IOException.class, () -> DomainDevices.parse(
                "<!DOCTYPE d [<!ENTITY x SYSTEM 'file:///etc/passwd'>]><domain><name>&x;</name></domain>"));
    }
}

package org.pvdm.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ConsoleLogTest {
    @Test
    void readsTheDevicesTheGuestUses() {
        ConsoleLog c = ConsoleLog.parse("""
                [    0.000000] Linux version 6.1.0-56-amd64
                pvdm-lab: init start at uptime 2.30s, kernel 6.1.0-56-amd64
                pvdm-lab: insmod virtio_pci ok
                pvdm-lab: data disk /dev/vda driver=virtio_blk size=256MiB
                pvdm-lab: nic eth0 driver=virtio_net mac=52:54:00:77:00:12 ip=10.77.0.12/24 peer=10.77.0.1
                pvdm-lab: workload started at uptime 3.67s: disk=vda nic=eth0 peer=10.77.0.1
                """);
        assertTrue(c.booted());
        assertTrue(c.workload());
        assertEquals("vda", c.disk());
        assertEquals("virtio_blk", c.diskDriver());
        assertEquals("virtio_net", c.nicDriver());
        assertEquals("", c.problem());
        assertEquals("vda (virtio_blk), eth0 (virtio_net)", c.devices());
    }

    @Test
    void saysWhatFailed() {
        ConsoleLog c = ConsoleLog.parse("pvdm-lab: init start at uptime 2.1s\r\n"
                + "pvdm-lab: no data disk found (looked for /dev/vda and /dev/sda for 15s): a virtio disk is attached"
                + " but this initramfs has no virtio_blk driver\r\n");
        assertTrue(c.booted());
        assertFalse(c.workload());
        assertTrue(c.problem().startsWith("no data disk found"), c.problem());
        assertEquals("no disk yet, no NIC yet", c.devices());
    }

    @Test
    void aMissingLogSaysNothing() {
        assertEquals(ConsoleLog.NOTHING, ConsoleLog.read(Path.of("/nonexistent/pvdm.console.log")));
        assertEquals("", ConsoleLog.NOTHING.devices());
    }
}

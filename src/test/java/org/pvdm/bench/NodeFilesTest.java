package org.pvdm.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pvdm.host.Host;
import org.pvdm.host.libvirt.LibvirtHosts;
import org.pvdm.inventory.GuestRow;
import org.pvdm.inventory.Inventory;
import org.pvdm.testsupport.Needs;

class NodeFilesTest {

    @Test
    void libvirtLoadsTheFileAndTheClassifierAgreesWithTheMix(@TempDir Path dir) throws Exception {
        Needs.libvirt0();
        Path file = NodeFiles.write(dir.resolve("node.xml"), 300, "t"); // read in shares on several threads
        try (Host host = LibvirtHosts.open("test://" + file, false)) {
            List<GuestRow> rows = new Inventory(host).list();
            assertEquals(300, rows.size());
            for (int i = 0; i < 300; i++) {
                GuestRow r = rows.get(i);
                assertEquals(NodeFiles.name("t", i), r.name());
                assertEquals(NodeFiles.uuid(i), r.summary().uuid());
                assertEquals("", r.error(), r.name());
                assertEquals(NodeFiles.convertible(i), r.convertible(), r.name() + " profile " + NodeFiles.profile(i));
                assertEquals(!NodeFiles.shutOff(i), r.summary().state().active(), r.name());
            }
        }
    }

    @Test
    void aNegativeCountIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> NodeFiles.xml(-1, "t"));
    }
}

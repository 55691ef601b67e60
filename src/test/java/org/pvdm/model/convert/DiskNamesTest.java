package org.pvdm.model.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class DiskNamesTest {

    @Test
    void indexToNameLikeLibvirt() {
        assertEquals("vda", DiskNames.of("vd", 0));
        assertEquals("vdz", DiskNames.of("vd", 25));
        assertEquals("vdaa", DiskNames.of("vd", 26));
        assertEquals("vdaz", DiskNames.of("vd", 51));
        assertEquals("vdba", DiskNames.of("vd", 52));
        assertEquals("sdzz", DiskNames.of("sd", 701));
        assertEquals("sdaaa", DiskNames.of("sd", 702));
        assertEquals("xvde", DiskNames.of("xvd", 4));
        assertEquals("hdd", DiskNames.of("hd", 3));
        assertThrows(IllegalArgumentException.class, () -> DiskNames.of("vd", -1));
    }

    @Test
    void nameToIndexLikeVirDiskNameToIndex() {
        assertEquals(0, DiskNames.toIndex("hda"));
        assertEquals(3, DiskNames.toIndex("hdd"));
        assertEquals(25, DiskNames.toIndex("sdz"));
        assertEquals(26, DiskNames.toIndex("sdaa"));
        assertEquals(701, DiskNames.toIndex("vdzz"));
        assertEquals(702, DiskNames.toIndex("vdaaa"));
        assertEquals(4, DiskNames.toIndex("xvde"));
        assertEquals(1, DiskNames.toIndex("xvdb2"), "a partition number is ignored");
        assertEquals(-1, DiskNames.toIndex("vd"));
        assertEquals(-1, DiskNames.toIndex("nvme0n1"));
        assertEquals(-1, DiskNames.toIndex("vdA"));
        assertEquals(-1, DiskNames.toIndex("sda1b"));
    }

    @Test
    void bothDirectionsAgreeOverAWideRange() {
        for (int i = 0; i < 20_000; i++) {
            for (String prefix : new String[] {"vd", "sd", "xvd", "hd"}) {
                String name = DiskNames.of(prefix, i);
                assertEquals(i, DiskNames.toIndex(name), name);
                assertEquals(prefix, DiskNames.prefix(name));
            }
        }
    }

    @Test
    void freeNamesSkipNamesInUseAndNamesHandedOut() throws Exception {
        var domain = org.pvdm.model.domain.Domain.parse("<domain type='kvm'><devices>"
                + "<disk><target dev='vda' bus='virtio'/></disk><disk><target dev='vdc' bus='virtio'/></disk>"
                + "<disk><target dev='hda' bus='ide'/></disk><disk><target dev='sdb' bus='scsi'/></disk>"
                + "</devices></domain>");
        TargetNames names = new TargetNames(domain);
        assertEquals("vdb", names.next("vd"));
        assertEquals("vdd", names.next("vd"));
        assertEquals("vde", names.next("vd"));
        assertEquals("sda", names.next("sd"));
        assertEquals("sdc", names.next("sd"));
    }

    @Test
    void xenHvmNamesKeepTheDiskNumberOrStartAtXvde() throws Exception {
        var domain = org.pvdm.model.domain.Domain.parse("<domain type='xen'><os><type>hvm</type></os><devices>"
                + "<disk><target dev='hda'/></disk><disk><target dev='hdb'/></disk><disk><target dev='sde'/></disk>"
                + "<disk><target dev='xvdg'/></disk><disk><target dev='sdb'/></disk></devices></domain>");
        TargetNames names = new TargetNames(domain);
        assertEquals("xvde", names.nextXenHvm("sde"), "sde is disk 4: PV drivers already call it xvde");
        assertEquals("xvdf", names.nextXenHvm("hdb"), "disk 1 is shared by hdb and sdb: first free from xvde");
        assertEquals("xvdh", names.nextXenHvm("sdb"), "xvdg is taken");
    }
}

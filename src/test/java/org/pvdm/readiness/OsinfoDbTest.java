package org.pvdm.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OsinfoDbTest {
    @TempDir
    Path dir;

    private static String os(String id, String body) {
        return "<?xml version=\"1.0\"?>\n<libosinfo version=\"0.0.1\">\n  <os id=\"" + id + "\">\n"
                + "    <short-id>x</short-id>\n    <name>" + id.substring(id.lastIndexOf('/') + 1) + "</name>\n"
                + "    <name xml:lang=\"de\">ignored</name>\n" + body + "  </os>\n</libosinfo>\n";
    }

    private void file(String rel, String text) throws IOException {
        Path p = dir.resolve("os").resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    @Test
    void devicesAreInheritedThroughDerivesFromAndWithdrawnBySupportedFalse() throws IOException {
        file("a.org/base.xml", os("http://a.org/base", "    <devices>\n      <device id=\"http://pcisig.com/pci/1af4/1001\"/>\n"
                + "      <device id=\"http://pcisig.com/pci/1af4/1000\"/>\n    </devices>\n"));
        file("a.org/mid.xml", os("http://a.org/mid", "    <derives-from id=\"http://a.org/base\"/>\n"));
        file("a.org/leaf.xml", os("http://a.org/leaf", "    <derives-from id=\"http://a.org/mid\"/>\n"
                + "    <devices><device id=\"http://pcisig.com/pci/1af4/1000\" supported=\"false\"/></devices>\n"));
        OsinfoDb db = OsinfoDb.load(dir);
        OsinfoDb.Os leaf = db.os("http://a.org/leaf").orElseThrow();
        assertEquals("leaf", leaf.name());
        assertTrue(leaf.devices().contains("http://pcisig.com/pci/1af4/1001"));
        assertFalse(leaf.devices().contains("http://pcisig.com/pci/1af4/1000"));
        assertTrue(db.os("http://a.org/mid").orElseThrow().devices().contains("http://pcisig.com/pci/1af4/1000"));
        assertEquals(Optional.empty(), db.os("http://a.org/nope"));
    }

    @Test
    void driverDevicesInDotDFilesAreNotInBoxSupport() throws IOException {
        file("w.com/win.xml", os("http://w.com/win", "    <devices><device id=\"http://pcisig.com/pci/8086/10d3\"/></devices>\n"));
        file("w.com/win.d/drivers.xml", os("http://w.com/win", "    <driver arch=\"x86_64\" location=\"x\" pre-installable=\"true\">\n"
                + "      <device id=\"http://pcisig.com/pci/1af4/1001\"/>\n    </driver>\n"));
        OsinfoDb.Os win = OsinfoDb.load(dir).os("http://w.com/win").orElseThrow();
        assertEquals(java.util.Set.of("http://pcisig.com/pci/8086/10d3"), win.devices());
    }

    @Test
    void aCycleEndsAndHostileFilesAreSkipped() throws IOException {
        file("c.org/x.xml", os("http://c.org/x", "    <derives-from id=\"http://c.org/y\"/>\n"
                + "    <devices><device id=\"http://pcisig.com/pci/1af4/1001\"/></devices>\n"));
        file("c.org/y.xml", os("http://c.org/y", "    <derives-from id=\"http://c.org/x\"/>\n"));
        file("c.org/evil.xml", "<?xml version=\"1.0\"?><!DOCTYPE l [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<libosinfo><os id=\"http://c.org/evil\"><name>&e;</name></os></libosinfo>");
        file("c.org/broken.xml", "<libosinfo><os id=\"http://c.org/broken\">");
        Files.createSymbolicLink(dir.resolve("os/c.org/link.xml"), dir.resolve("os/c.org/x.xml"));
        Path outside = Files.writeString(dir.resolve("outside.xml"), os("http://c.org/outside", ""));
        Files.createSymbolicLink(dir.resolve("os/c.org/out.xml"), outside);
        OsinfoDb db = OsinfoDb.load(dir);
        assertTrue(db.os("http://c.org/y").orElseThrow().devices().contains("http://pcisig.com/pci/1af4/1001"));
        assertEquals(Optional.empty(), db.os("http://c.org/evil"));
        assertEquals(Optional.empty(), db.os("http://c.org/outside"), "a symlink is never followed");
    }

    @Test
    void aMissingDatabaseSaysSo() {
        OsinfoDb db = OsinfoDb.load(dir.resolve("none"));
        assertFalse(db.present());
        Evidence e = new OsinfoSource(db).find(Optional.of("http://microsoft.com/win/2k8r2"), PvKind.DISK);
        assertEquals(ReadyVerdict.UNKNOWN, e.finding());
        assertTrue(e.text().contains("apt-get install osinfo-db"), e.text());
    }

    @Test
    void theDebianDatabaseKnowsWindowsLacksAndRhelHasVirtioBlk() {
        OsinfoDb db = OsinfoDb.system();
        assumeTrue(db.present(), "needs Debian's osinfo-db under /usr/share/osinfo (apt-get install osinfo-db)");
        OsinfoSource src = new OsinfoSource(db);
        Evidence win = src.find(Optional.of("http://microsoft.com/win/2k8r2"), PvKind.DISK);
        assertEquals(ReadyVerdict.NOT_READY, win.finding(), win.text());
        assertTrue(win.text().contains("Windows Server 2008 R2"), win.text());
        Evidence rhel = src.find(Optional.of("http://redhat.com/rhel/6.10"), PvKind.DISK);
        assertEquals(ReadyVerdict.READY, rhel.finding(), rhel.text());
        assertEquals(ReadyVerdict.READY, src.find(Optional.of("http://redhat.com/rhel/6.10"), PvKind.NIC).finding());
        assertTrue(db.size() > 100, "entries read: " + db.size());
    }
}

package org.pvdm.ui.hosts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class UriBuilderTest {

    private static String uri(ConnectionKind k, String user, String host, String port, String custom) {
        UriBuilder.Result r = UriBuilder.build(k, user, host, port, custom);
        assertTrue(r.valid(), r.error());
        return r.uri();
    }

    @Test
    void localQemu() {
        assertEquals("qemu:///system", uri(ConnectionKind.QEMU_SYSTEM, "x", "y", "z", "w"));
        assertEquals("qemu:///session", uri(ConnectionKind.QEMU_SESSION, "", "", "", ""));
    }

    @Test
    void qemuOverSsh() {
        assertEquals("qemu+ssh://root@hv1.example.com/system", uri(ConnectionKind.QEMU_SSH, "root", "hv1.example.com", "", ""));
        assertEquals("qemu+ssh://hv1/system", uri(ConnectionKind.QEMU_SSH, " ", " hv1 ", "", ""));
        assertEquals("qemu+ssh://admin@10.0.0.5:2222/system", uri(ConnectionKind.QEMU_SSH, "admin", "10.0.0.5", "2222", ""));
        assertEquals("qemu+ssh://root@[fe80::1]/system", uri(ConnectionKind.QEMU_SSH, "root", "fe80::1", "", ""));
    }

    @Test
    void xenLocalOrRemote() {
        assertEquals("xen:///system", uri(ConnectionKind.XEN, "root", "", "", ""));
        assertEquals("xen+ssh://root@dom0/system", uri(ConnectionKind.XEN, "root", "dom0", "", ""));
    }

    @Test
    void anyUri() {
        assertEquals("qemu+tls://h/system", uri(ConnectionKind.CUSTOM, "", "", "", " qemu+tls://h/system "));
        assertEquals("test:///default", uri(ConnectionKind.CUSTOM, "", "", "", "test:///default"));
    }

    @Test
    void refusesWhatIsNotAUri() {
        assertFalse(UriBuilder.build(ConnectionKind.QEMU_SSH, "root", "", "", "").valid());
        assertFalse(UriBuilder.build(ConnectionKind.QEMU_SSH, "ro ot", "h", "", "").valid());
        assertFalse(UriBuilder.build(ConnectionKind.QEMU_SSH, "root", "h/x", "", "").valid());
        assertFalse(UriBuilder.build(ConnectionKind.QEMU_SSH, "root", "h", "70000", "").valid());
        assertFalse(UriBuilder.build(ConnectionKind.QEMU_SSH, "root", "h", "ssh", "").valid());
        assertFalse(UriBuilder.build(ConnectionKind.CUSTOM, "", "", "", "").valid());
        assertFalse(UriBuilder.build(ConnectionKind.CUSTOM, "", "", "", "hostname").valid());
        assertFalse(UriBuilder.build(ConnectionKind.CUSTOM, "", "", "", "qemu:///system now").valid());
    }

    @Test
    void entriesRoundTripThroughTheSettingsForm() {
        ConnectionEntry ro = new ConnectionEntry("qemu+ssh://root@h/system", true);
        assertEquals(ro, ConnectionEntry.parseStored(ro.stored()));
        assertEquals(ConnectionEntry.demo(), ConnectionEntry.parseStored("demo"));
        assertEquals("demo host", ConnectionEntry.demo().label());
    }
}

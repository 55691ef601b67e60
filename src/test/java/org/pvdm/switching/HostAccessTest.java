package org.pvdm.switching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pvdm.host.Host;
import org.pvdm.host.HostException;
import org.pvdm.host.HostException.Kind;
import org.pvdm.host.GuestState;
import org.pvdm.testsupport.FakeHost;
import org.pvdm.testsupport.GuestXml;

/** One rule for opening a host to change guests, the same in the CLI and in the GUI. */
class HostAccessTest {
    private static final String URI = "qemu+ssh://admin@h.example/system";

    /** A host that refuses writable connections with the given failure and lets read-only ones in. */
    private static HostAccess.Connect refusing(Kind kind, List<Boolean> asked) {
        return (uri, writable) -> {
            asked.add(writable);
            if (writable) {
                throw new HostException(kind, "access denied by policy");
            }
            return new FakeHost(uri, true);
        };
    }

    @Test
    void aWritableHostIsOpenedWritable() throws Exception {
        HostAccess.Opened o = new HostAccess((uri, writable) -> new FakeHost(uri, !writable)).open(URI);
        assertFalse(o.host().readOnly());
        assertTrue(o.access().ok());
    }

    @Test
    void permissionOrReadOnlyRefusalsFallBackToReadOnlyWithTheReason() throws Exception {
        for (Kind kind : List.of(Kind.PERMISSION_DENIED, Kind.READ_ONLY)) {
            List<Boolean> asked = new ArrayList<>();
            HostAccess.Opened o = new HostAccess(refusing(kind, asked)).open(URI);
            assertEquals(List.of(true, false), asked, kind + ": writable first, then read-only");
            assertTrue(o.host().readOnly());
            assertEquals("cannot write to " + URI + ": access denied by policy", o.access().problem(), kind.name());
        }
    }

    @Test
    void anUnreachableHostIsAnErrorNotAReadOnlyConnection() {
        List<Boolean> asked = new ArrayList<>();
        HostException e = assertThrows(HostException.class, () -> new HostAccess((uri, writable) -> {
            asked.add(writable);
            throw new HostException(Kind.UNREACHABLE, "cannot reach h.example");
        }).open(URI));
        assertSame(Kind.UNREACHABLE, e.kind());
        assertEquals(List.of(true), asked, "no second try for a host that is not there");
    }

    @Test
    void aProbeOfAReadOnlyHostSaysWhetherWritingWouldWork() throws Exception {
        Host readOnly = new FakeHost(URI, true);
        assertTrue(new HostAccess((uri, writable) -> new FakeHost(uri, !writable)).probe(readOnly).ok());
        WriteAccess denied = new HostAccess(refusing(Kind.PERMISSION_DENIED, new ArrayList<>())).probe(readOnly);
        assertEquals("cannot write to " + URI + ": access denied by policy", denied.problem());
    }

    /** A host that opens writable but refuses every write, as libvirtd does on its read-only socket. */
    private static FakeHost servedReadOnly(String uri) {
        FakeHost host = new FakeHost(uri, false);
        host.failNext("define", new HostException(Kind.READ_ONLY, "cannot define a guest on " + uri
                + ": the connection is read-only (reconnect with write access)"));
        return host;
    }

    @Test
    void aWritableOpenThatTheDaemonServesReadOnlyIsSaidBeforeAnythingIsWritten() throws Exception {
        FakeHost host = servedReadOnly(URI);
        host.add(GuestXml.emulated("g"), GuestState.SHUTOFF);
        String before = host.inactiveXml(GuestXml.uuidOf("g"));
        HostAccess.Opened o = new HostAccess((uri, writable) -> host).open(URI);
        assertFalse(o.access().ok());
        assertEquals(WriteProbe.readOnly(URI), o.access().problem());
        assertTrue(o.access().problem().startsWith("cannot write to " + URI + ": libvirtd serves this connection"
                + " read-only"), o.access().problem());
        assertEquals(1, host.calls("define"), "one probe");
        assertEquals(1, host.guests().size());
        assertEquals(before, host.inactiveXml(GuestXml.uuidOf("g")));
    }

    @Test
    void theProbeOfAWritableHostDefinesNothing() throws Exception {
        FakeHost host = new FakeHost(URI, false);
        host.add(GuestXml.emulated("g"), GuestState.SHUTOFF);
        String before = host.inactiveXml(GuestXml.uuidOf("g"));
        HostAccess.Opened o = new HostAccess((uri, writable) -> host).open(URI);
        assertTrue(o.access().ok(), o.access().problem());
        assertEquals(1, host.guests().size());
        assertEquals(before, host.inactiveXml(GuestXml.uuidOf("g")));
    }

    @Test
    void aPlanOnAHostOpenedReadOnlyAsksAWritableConnectionThatIsServedReadOnly() {
        Host readOnly = new FakeHost(URI, true);
        WriteAccess a = new HostAccess((uri, writable) -> writable ? servedReadOnly(uri) : new FakeHost(uri, true))
                .probe(readOnly);
        assertEquals(WriteProbe.readOnly(URI), a.problem());
        WriteAccess self = new HostAccess((uri, writable) -> new FakeHost(uri, !writable)).probe(servedReadOnly(URI));
        assertEquals(WriteProbe.readOnly(URI), self.problem(), "a host opened writable is asked too");
    }

    @Test
    void aHostLostDuringTheProbeIsAnErrorAndItsConnectionIsClosed() {
        FakeHost host = new FakeHost(URI, false);
        host.failNext("define", new HostException(Kind.UNREACHABLE, "client socket is closed"));
        HostException e = assertThrows(HostException.class, () -> new HostAccess((uri, writable) -> host).open(URI));
        assertSame(Kind.UNREACHABLE, e.kind());
        assertTrue(host.closed());
    }
}

package org.pvdm.ui.hosts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.pvdm.host.Host;
import org.pvdm.host.HostException;
import org.pvdm.host.HostException.Kind;
import org.pvdm.switching.HostAccess;
import org.pvdm.testsupport.FakeHost;

/** The GUI opens hosts by the engine's rule, so a refusal reads the same as in the CLI. */
class HostOpenerAccessTest {
    private static final String URI = "qemu+ssh://admin@h.example/system";

    private static Host refusingOpen(String uri, boolean writable, Kind kind) throws HostException {
        if (writable) {
            throw new HostException(kind, "access denied by policy");
        }
        return new FakeHost(uri, true);
    }

    @Test
    void aRefusalReadsTheSameAsInTheCli() throws Exception {
        for (Kind kind : new Kind[] {Kind.PERMISSION_DENIED, Kind.READ_ONLY}) {
            String engine = new HostAccess((u, w) -> refusingOpen(u, w, kind)).open(URI).access().problem();
            HostSession gui = new HostOpener((u, w, p) -> refusingOpen(u, w, kind)).open(ConnectionEntry.of(URI), null);
            assertTrue(gui.readOnly(), kind.name());
            assertEquals(engine, gui.readOnlyReason(), kind.name());
        }
    }

    @Test
    void anUnreachableHostIsAnError() {
        HostException e = assertThrows(HostException.class, () -> new HostOpener((u, w, p) -> {
            throw new HostException(Kind.UNREACHABLE, "cannot reach h.example");
        }).open(ConnectionEntry.of(URI), null));
        assertEquals(Kind.UNREACHABLE, e.kind());
    }
}

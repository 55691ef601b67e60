package org.pvdm.ui.hosts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pvdm.host.Host;
import org.pvdm.host.HostException;
import org.pvdm.switching.BackupStore;
import org.pvdm.switching.Check;
import org.pvdm.switching.Plan;
import org.pvdm.switching.PowerOptions;
import org.pvdm.switching.Verdict;
import org.pvdm.testsupport.ReadOnlySocket;
import org.pvdm.ui.switching.SwitchService;

/**
 * The GUI opens hosts through the same HostAccess as the CLI: on libvirtd's read-only socket its session is
 * read-only with the probe's line, which the status bar, the disabled switch button and the plan dialog's
 * checks show. Runs on the machine's libvirtd (qemu:///system); skips when there is none.
 */
class ReadOnlySocketSessionTest {
    private static final String UUID = "5a4acce5-0000-4000-8000-0000000000a2";
    private static final String XML = ReadOnlySocket.guestXml("s4access-writeprobe-gui", UUID);

    private static Host admin;

    @TempDir
    Path backups;

    @BeforeAll
    static void defineTheGuest() throws HostException {
        admin = ReadOnlySocket.define(XML);
    }

    @AfterAll
    static void undefineTheGuest() {
        ReadOnlySocket.undefine(admin, UUID);
    }

    @Test
    void theReadOnlySocketGivesAReadOnlySessionWhoseReasonReachesThePlan() throws Exception {
        HostSession session = HostOpener.libvirt().open(ConnectionEntry.of(ReadOnlySocket.RO_URI), null);
        try {
            assertTrue(session.readOnly());
            assertTrue(session.readOnlyReason().startsWith("cannot write to " + ReadOnlySocket.RO_URI + ": libvirtd serves this"
                    + " connection read-only"), session.readOnlyReason());
            Plan plan = new SwitchService(session, new BackupStore(backups)).plan(UUID, List.of(), PowerOptions.none(),
                    false);
            Check access = plan.checks().stream().filter(c -> c.id().equals("write-access")).findFirst().orElseThrow();
            assertEquals(Verdict.BLOCK, access.verdict());
            assertEquals(session.readOnlyReason(), access.message());
        } finally {
            session.close();
        }
    }

    @Test
    void theReadWriteSocketGivesAWritableSession() throws Exception {
        HostSession session = HostOpener.libvirt().open(ConnectionEntry.of(ReadOnlySocket.URI), null);
        try {
            assertFalse(session.readOnly(), session.readOnlyReason());
        } finally {
            session.close();
        }
    }
}

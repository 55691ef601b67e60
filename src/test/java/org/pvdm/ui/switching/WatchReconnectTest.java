package org.pvdm.ui.switching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pvdm.batch.Outcome;
import org.pvdm.host.GuestState;
import org.pvdm.host.GuestSummary;
import org.pvdm.host.Host;
import org.pvdm.host.HostException;
import org.pvdm.switching.BackupStore;
import org.pvdm.switching.PowerOptions;
import org.pvdm.testsupport.FakeHost;
import org.pvdm.testsupport.GuestXml;
import org.pvdm.ui.hosts.ConnectionEntry;
import org.pvdm.ui.hosts.HostOpener;
import org.pvdm.ui.hosts.HostSession;

/**
 * The GUI's boot watch opens its host again after losing the connection, with the write access the switch had:
 * the rollback it may then need is a define, which a read-only connection would refuse.
 */
class WatchReconnectTest {
    private static final String URI = "qemu:///system";

    @TempDir
    Path tmp;

    /**
     * A running emulated guest on a host whose statistics connection is lost at the next sample; every later
     * connection sees the switched guest shut off (it died meanwhile). Records how each connection was opened.
     */
    private static final class LostConnection {
        final FakeHost first = new FakeHost(URI, false);
        final String before = GuestXml.emulated("g");
        final GuestSummary g = first.add(before, GuestState.RUNNING);
        final List<Boolean> opened = new ArrayList<>();
        final List<FakeHost> reopened = new ArrayList<>();
        final HostSession session;

        LostConnection() throws HostException {
            session = new HostOpener((uri, writable, prompt) -> {
                opened.add(writable);
                if (opened.size() == 1) {
                    return first;
                }
                FakeHost again = new FakeHost(uri, !writable);
                again.add(first.inactiveXml(g.uuid()), GuestState.SHUTOFF);
                reopened.add(again);
                return again;
            }).open(ConnectionEntry.of(URI), null);
            first.failNext("stats", new HostException(HostException.Kind.UNREACHABLE, "client socket is closed"));
        }
    }

    @Test
    void aWatchThatLosesItsConnectionReopensWritableAndRollsBack() throws Exception {
        LostConnection host = new LostConnection();
        SwitchService service = new SwitchService(host.session, new BackupStore(tmp.resolve("backups")));
        PowerOptions power = new PowerOptions(true, true, Duration.ofSeconds(5), false);
        List<String> said = new ArrayList<>();

        SwitchService.Watched w = service.applyWatched(service.plan(host.g.uuid(), List.of(), power, false), power,
                true, said::add);

        assertEquals(List.of(true, true), host.opened, "opened writable, and again writable after the loss");
        assertTrue(said.stream().anyMatch(m -> m.contains("was lost") && m.contains("opening it again")),
                said.toString());
        assertTrue(w.watch().orElseThrow().rolledBack(), said.toString());
        Host again = host.reopened.get(0);
        assertEquals(host.before, again.inactiveXml(host.g.uuid()), "the backup defined again through the new connection");
        assertEquals(GuestState.RUNNING, again.guest(host.g.uuid()).state(), "and the guest started again");
    }

    @Test
    void theBatchWatchReopensWritableToo() throws Exception {
        LostConnection host = new LostConnection();
        BatchService service = new BatchService(host.session, new BackupStore(tmp.resolve("backups")));
        PowerOptions power = new PowerOptions(true, true, Duration.ofSeconds(5), false);
        List<String> said = new ArrayList<>();

        List<Outcome> out = service.apply(service.plan(List.of(host.g.uuid()), power, false), power, false,
                (guest, m) -> said.add(m));

        assertTrue(out.get(0).watchFailed(), out + " " + said);
        assertTrue(out.get(0).detail().contains("rolled back"), out.toString());
        assertEquals(List.of(true, true), host.opened, "opened writable, and again writable after the loss");
        assertEquals(host.before, host.reopened.get(0).inactiveXml(host.g.uuid()), said.toString());
    }


    @Test
    void aReadOnlySessionReopensReadOnly() throws Exception {
        List<Boolean> opened = new ArrayList<>();
        HostSession session = new HostOpener((uri, writable, prompt) -> {
            opened.add(writable);
            return new FakeHost(uri, !writable);
        }).open(new ConnectionEntry(URI, true), null);
        assertTrue(session.reopenForChanges().open().readOnly());
        assertEquals(List.of(false, false), opened);
    }
}

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

    @Test
    void aWatchThatLosesItsConnectionReopensWritableAndRollsBack() throws Exception {
        FakeHost first = new FakeHost(URI, false);
        String before = GuestXml.emulated("g");
        GuestSummary g = first.add(before, GuestState.RUNNING);
        List<Boolean> opened = new ArrayList<>();
        List<FakeHost> reopened = new ArrayList<>();
        HostOpener.Connect connect = (uri, writable, prompt) -> {
            opened.add(writable);
            if (opened.size() == 1) {
                return first;
            }
            // the same host seen through a new connection: the switched guest, which died meanwhile
            FakeHost again = new FakeHost(uri, !writable);
            again.add(first.inactiveXml(g.uuid()), GuestState.SHUTOFF);
            reopened.add(again);
            return again;
        };
        HostSession session = new HostOpener(connect).open(ConnectionEntry.of(URI), null);
        SwitchService service = new SwitchService(session, new BackupStore(tmp.resolve("backups")));
        PowerOptions power = new PowerOptions(true, true, Duration.ofSeconds(5), false);
        List<String> said = new ArrayList<>();
        first.failNext("stats", new HostException(HostException.Kind.UNREACHABLE, "client socket is closed"));

        SwitchService.Watched w = service.applyWatched(service.plan(g.uuid(), List.of(), power, false), power, true,
                said::add);

        assertEquals(List.of(true, true), opened, "opened writable, and again writable after the loss");
        assertTrue(said.stream().anyMatch(m -> m.contains("was lost") && m.contains("opening it again")),
                said.toString());
        assertTrue(w.watch().orElseThrow().rolledBack(), said.toString());
        Host again = reopened.get(0);
        assertEquals(before, again.inactiveXml(g.uuid()), "the backup defined again through the new connection");
        assertEquals(GuestState.RUNNING, again.guest(g.uuid()).state(), "and the guest started again");
    }

    @Test
    void theBatchWatchReopensWritableToo() throws Exception {
        FakeHost first = new FakeHost(URI, false);
        String before = GuestXml.emulated("g");
        GuestSummary g = first.add(before, GuestState.RUNNING);
        List<FakeHost> reopened = new ArrayList<>();
        List<Boolean> opened = new ArrayList<>();
        HostSession session = new HostOpener((uri, writable, prompt) -> {
            opened.add(writable);
            if (opened.size() == 1) {
                return first;
            }
            FakeHost again = new FakeHost(uri, !writable);
            again.add(first.inactiveXml(g.uuid()), GuestState.SHUTOFF);
            reopened.add(again);
            return again;
        }).open(ConnectionEntry.of(URI), null);
        BatchService service = new BatchService(session, new BackupStore(tmp.resolve("backups")));
        PowerOptions power = new PowerOptions(true, true, Duration.ofSeconds(5), false);
        List<String> said = new ArrayList<>();
        first.failNext("stats", new HostException(HostException.Kind.UNREACHABLE, "client socket is closed"));

        List<Outcome> out = service.apply(service.plan(List.of(g.uuid()), power, false), power, false,
                (guest, m) -> said.add(m));

        assertTrue(out.get(0).watchFailed(), out + " " + said);
        assertTrue(out.get(0).detail().contains("rolled back"), out.toString());
        assertEquals(List.of(true, true), opened, "opened writable, and again writable after the loss");
        assertEquals(before, reopened.get(0).inactiveXml(g.uuid()), said.toString());
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

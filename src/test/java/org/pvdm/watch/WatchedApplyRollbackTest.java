package org.pvdm.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pvdm.host.GuestState;
import org.pvdm.host.GuestSummary;
import org.pvdm.host.HostException;
import org.pvdm.model.convert.Selection;
import org.pvdm.switching.ApplyResult;
import org.pvdm.switching.BackupStore;
import org.pvdm.switching.Plan;
import org.pvdm.switching.Planner;
import org.pvdm.switching.PowerOptions;
import org.pvdm.switching.WriteAccess;
import org.pvdm.testsupport.FakeHost;
import org.pvdm.testsupport.GuestXml;

/** The one apply path: a started guest that shows no I/O on its switched disk fails the watch and is rolled back. */
class WatchedApplyRollbackTest {
    @TempDir
    Path tmp;

    @Test
    void aFailedWatchRestoresTheBackupAndStartsTheGuestAgain() throws Exception {
        FakeHost host = new FakeHost("qemu:///system", false);
        String before = GuestXml.emulated("g");
        GuestSummary g = host.add(before, GuestState.RUNNING);
        PowerOptions power = new PowerOptions(true, true, Duration.ofSeconds(5), false);
        Plan plan = new Planner(host).plan("g", Selection.all(), power, WriteAccess.allowed(), false);
        List<String> said = new ArrayList<>();
        List<String> switched = new ArrayList<>();
        WatchedApply.Listener listener = new WatchedApply.Listener() {
            @Override
            public void step(String message) {
                said.add(message);
            }

            @Override
            public void switched(ApplyResult r) {
                switched.add(r.backup().id());
            }
        };
        WatchedApply.Result r = new WatchedApply(host, new BackupStore(tmp.resolve("backups"))).apply(plan,
                new WatchedApply.Options(power, false, Duration.ofSeconds(1), true), listener);

        assertEquals(List.of(r.applied().backup().id()), switched, "told once the switch is stored");
        assertTrue(r.watchFailed(), said.toString());
        assertTrue(r.watch().orElseThrow().rolledBack(), said.toString());
        assertTrue(r.watch().orElseThrow().watch().failure().contains("vda"), r.watch().toString());
        assertEquals(before, host.inactiveXml(g.uuid()), "the backup is defined again");
        assertEquals(GuestState.RUNNING, host.guest(g.uuid()).state(), "and the guest started again");
        assertTrue(said.stream().anyMatch(m -> m.startsWith("watching g for 1 s (I/O on vda")), said.toString());
    }

    @Test
    void aWatchThatLosesItsHostSaysTheGuestIsSwitchedAndNotRolledBack() throws Exception {
        FakeHost host = new FakeHost("qemu:///system", false);
        host.add(GuestXml.emulated("g"), GuestState.RUNNING);
        PowerOptions power = new PowerOptions(true, true, Duration.ofSeconds(5), false);
        Plan plan = new Planner(host).plan("g", Selection.all(), power, WriteAccess.allowed(), false);
        WatchedApply engine = new WatchedApply(host, new BackupStore(tmp.resolve("backups")));
        host.failNext("stats", new HostException(HostException.Kind.UNREACHABLE,
                "client socket is closed"));
        HostException e = Assertions.assertThrows(
                HostException.class, () -> engine.apply(plan,
                        new WatchedApply.Options(power, false, Duration.ofSeconds(1), true), m -> { }));
        assertTrue(e.getMessage().contains("g is switched (backup ") && e.getMessage().contains("not rolled back")
                && e.getMessage().contains("pvdm rollback g --to "), e.getMessage());
    }
}

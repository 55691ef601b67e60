package org.pvdm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pvdm.host.Host;
import org.pvdm.host.HostException;
import org.pvdm.host.libvirt.LibvirtHosts;
import org.pvdm.model.convert.Selection;
import org.pvdm.model.xml.XmlEquivalence;
import org.pvdm.model.xml.XmlParser;
import org.pvdm.switching.Applier;
import org.pvdm.switching.BackupStore;
import org.pvdm.switching.Journal;
import org.pvdm.switching.Outcome;
import org.pvdm.switching.Plan;
import org.pvdm.switching.Planner;
import org.pvdm.switching.PowerOptions;
import org.pvdm.switching.Recovery;
import org.pvdm.switching.WriteAccess;

/**
 * libvirtd killed (SIGKILL) during {@code convert}, at each step: the switch ends with a lost connection (exit 5),
 * never "nothing was changed" when something was; after the restart the definition is exactly the old one or
 * holds every change, the journal says so, and pvdm recover finishes or rolls back.
 */
class ConvertFaultIT extends PrivateLibvirtdFixture {
    private static final String GUEST = "i11fault-convert";

    @ParameterizedTest(name = "killed at: {0}")
    @CsvSource({
        "re-reading the definition,  OLD, false",
        "backup written,             OLD, false",
        "defining the new definition, OLD, true",
        "verifying what libvirt stored, NEW, true"})
    void killedAtAStep(String step, Outcome expected, boolean journaled) throws Exception {
        daemon.start();
        BackupStore store = new BackupStore(tmp.resolve("backups"));
        Journal journal = new Journal(tmp.resolve("journal"));
        String uuid;
        String original;
        Plan plan;
        try (Host h = LibvirtHosts.open(daemon.uri(), true)) {
            uuid = FaultGuest.define(daemon, h, GUEST);
            original = h.inactiveXml(uuid);
            plan = new Planner(h).plan(GUEST, Selection.all(), PowerOptions.none(), WriteAccess.allowed(), false);
        }
        assertEquals(2, plan.changes().size(), plan.changes().toString());
        HostException e;
        try (Host host = LibvirtHosts.open(daemon.uri(), true)) {
            Applier applier = new Applier(host, store, () -> {
                startQuietly();
                return LibvirtHosts.open(daemon.uri(), true);
            }, journal);
            e = assertThrows(HostException.class, () -> applier.apply(plan, PowerOptions.none(), m -> {
                if (m.startsWith(step)) {
                    killQuietly();
                }
            }));
        }
        assertEquals(HostException.Kind.UNREACHABLE, e.kind(), e.getMessage());
        assertTrue(!e.getMessage().contains("nothing was changed") || expected == Outcome.OLD, e.getMessage());
        daemon.start();
        try (Host h = LibvirtHosts.open(daemon.uri(), true)) {
            String stored = h.inactiveXml(uuid);
            assertEquals(expected, Outcome.of(plan, stored), "after a kill at '" + step + "': " + stored);
            List<Journal.Entry> left = journal.pending();
            assertEquals(journaled ? 1 : 0, left.size(), "journal after a kill at '" + step + "'");
            if (!journaled) {
                assertEquals(original, stored, "nothing was written");
                return;
            }
            assertTrue(e.getMessage().contains(expected == Outcome.NEW ? "the new definition" : "the old definition"),
                    e.getMessage());
            Recovery r = new Recovery(h, store, journal);
            assertEquals(expected, r.status(left.get(0)).outcome());
            if (expected == Outcome.NEW) {
                r.rollback(left.get(0), m -> { });
                assertTrue(XmlEquivalence.equivalent(XmlParser.parse(original), XmlParser.parse(h.inactiveXml(uuid))),
                        "rolled back to the definition before the switch");
            } else {
                r.finish(left.get(0), m -> { });
                assertEquals(Outcome.NEW, Outcome.of(plan, h.inactiveXml(uuid)), "finished");
            }
            assertEquals(List.of(), journal.pending());
        }
    }

    private static void killQuietly() {
        try {
            daemon.kill();
        } catch (Exception x) {
            throw new IllegalStateException(x);
        }
    }

    private static void startQuietly() {
        try {
            daemon.start();
        } catch (Exception x) {
            throw new IllegalStateException(x);
        }
    }
}

package org.pvdm.switching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pvdm.host.DemoHost;
import org.pvdm.host.Host;
import org.pvdm.host.HostException;
import org.pvdm.host.libvirt.LibvirtHosts;
import org.pvdm.model.convert.Selection;
import org.pvdm.testsupport.Needs;

/** A connection lost during define, on the test driver: reconnect, say what is stored, journal, recover. */
class InterruptedSwitchTest {
    private static final String GUEST = "sles15sp4-nfs";

    @TempDir
    Path tmp;

    private Host real;
    private FaultyHost faulty;
    private BackupStore store;
    private Journal journal;
    private String uuid;
    private String original;

    @BeforeEach
    void open() throws Exception {
        Needs.libvirt0();
        real = LibvirtHosts.open(DemoHost.uri(), true);
        faulty = new FaultyHost(real);
        store = new BackupStore(tmp.resolve("backups"));
        journal = new Journal(tmp.resolve("journal"));
        uuid = real.guest(GUEST).uuid();
        original = real.inactiveXml(uuid);
    }

    @AfterEach
    void close() {
        if (real != null) {
            real.close();
        }
    }

    private Plan plan() throws HostException {
        return new Planner(real).plan(GUEST, Selection.all(), PowerOptions.none(), WriteAccess.allowed(), false);
    }

    private HostException applyLosing(FaultyHost.DefineFault fault, boolean reconnect) throws Exception {
        Plan plan = plan();
        faulty.nextDefine.set(fault);
        Applier applier = new Applier(faulty.host, store, reconnect ? () -> faulty.host : null, journal);
        return assertThrows(HostException.class, () -> applier.apply(plan, PowerOptions.none(), m -> { }));
    }

    @Test
    void lostAfterLibvirtStoredItSaysNewNotNothingChangedAndFinishVerifies() throws Exception {
        HostException e = applyLosing(FaultyHost.DefineFault.LOST_AFTER, true);
        assertEquals(HostException.Kind.UNREACHABLE, e.kind());
        assertTrue(e.getMessage().contains("the new definition"), e.getMessage());
        assertTrue(!e.getMessage().contains("nothing was changed"), e.getMessage());
        List<Journal.Entry> left = journal.pending();
        assertEquals(1, left.size(), "the interrupted switch is journaled");
        Path entry = Files.list(journal.dir()).filter(p -> p.toString().endsWith(".journal")).findFirst().orElseThrow();
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(entry)));
        Recovery r = new Recovery(real, store, journal);
        assertEquals(Outcome.NEW, r.pending().get(0).outcome());
        String said = r.finish(left.get(0), m -> { });
        assertTrue(said.contains("finished and verified"), said);
        assertEquals(List.of(), journal.pending());
    }

    @Test
    void lostBeforeLibvirtStoredItSaysOldAndRollbackHasNothingToDo() throws Exception {
        HostException e = applyLosing(FaultyHost.DefineFault.LOST_BEFORE, true);
        assertTrue(e.getMessage().contains("the old definition"), e.getMessage());
        assertEquals(original, real.inactiveXml(uuid));
        Recovery r = new Recovery(real, store, journal);
        Journal.Entry entry = journal.pending().get(0);
        assertEquals(Outcome.OLD, r.status(entry).outcome());
        assertTrue(r.rollback(entry, m -> { }).contains("nothing to roll back"));
        assertEquals(original, real.inactiveXml(uuid));
    }

    @Test
    void lostAndNoWayBackSaysUnknownAndRollbackRestoresTheBackup() throws Exception {
        HostException e = applyLosing(FaultyHost.DefineFault.LOST_AFTER, false);
        assertTrue(e.getMessage().contains("unknown"), e.getMessage());
        Journal.Entry entry = journal.pending().get(0);
        Recovery r = new Recovery(real, store, journal);
        assertEquals(Outcome.NEW, r.status(entry).outcome());
        r.rollback(entry, m -> { });
        assertTrue(org.pvdm.model.xml.XmlEquivalence.equivalent(org.pvdm.model.xml.XmlParser.parse(original),
                org.pvdm.model.xml.XmlParser.parse(real.inactiveXml(uuid))), "the definition before the switch is back");
        assertEquals(List.of(), journal.pending());
    }

    @Test
    void someoneElsesDefinitionIsNeitherFinishedNorRolledBack() throws Exception {
        applyLosing(FaultyHost.DefineFault.LOST_BEFORE, true);
        String theirs = original.replaceFirst("<memory unit='KiB'>\\d+</memory>", "<memory unit='KiB'>1048576</memory>");
        real.define(theirs);
        String stored = real.inactiveXml(uuid);
        Journal.Entry entry = journal.pending().get(0);
        Recovery r = new Recovery(real, store, journal);
        assertEquals(Outcome.OTHER, r.status(entry).outcome());
        assertEquals(HostException.Kind.CONFLICT, assertThrows(HostException.class, () -> r.finish(entry, m -> { })).kind());
        assertEquals(HostException.Kind.CONFLICT, assertThrows(HostException.class, () -> r.rollback(entry, m -> { })).kind());
        assertEquals(stored, real.inactiveXml(uuid), "their definition stays");
        real.define(original);
    }

    @Test
    void aRefusedDefineLeavesNoJournalEntry() throws Exception {
        Plan plan = plan();
        Plan broken = new Plan(plan.uri(), plan.guest(), plan.uuid(), plan.base(), plan.changes(), plan.checks(),
                plan.diff(), plan.selection(), plan.baseXml(), "<domain type='kvm'><name>x</name>", false);
        HostException e = assertThrows(HostException.class,
                () -> new Applier(real, store, null, journal).apply(broken, PowerOptions.none(), m -> { }));
        assertTrue(e.getMessage().contains("nothing was changed"), e.getMessage());
        assertEquals(List.of(), journal.pending());
        assertEquals(original, real.inactiveXml(uuid));
    }

    @Test
    void aRollbackCutOffSaysTheOutcomeIsUnknownAndHowToFinish() throws Exception {
        new Applier(real, store, null, journal).apply(plan(), PowerOptions.none(), m -> { });
        faulty.nextDefine.set(FaultyHost.DefineFault.LOST_AFTER);
        HostException e = assertThrows(HostException.class,
                () -> new Rollback(faulty.host, store).restore(GUEST, null, PowerOptions.none(), m -> { }));
        assertEquals(HostException.Kind.UNREACHABLE, e.kind());
        assertTrue(e.getMessage().contains("is unknown") && e.getMessage().contains("pvdm rollback " + GUEST + " --to"),
                e.getMessage());
        real.define(original);
    }
}

package org.pvdm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pvdm.host.DemoHost;
import org.pvdm.host.Host;
import org.pvdm.host.libvirt.LibvirtHosts;
import org.pvdm.model.convert.Selection;
import org.pvdm.switching.Backup;
import org.pvdm.switching.BackupStore;
import org.pvdm.switching.Journal;
import org.pvdm.switching.Plan;
import org.pvdm.switching.Planner;
import org.pvdm.switching.PowerOptions;
import org.pvdm.switching.WriteAccess;
import org.pvdm.testsupport.Needs;

/** A switch left in the journal is shown by the next run and finished by pvdm recover. */
class RecoverCliTest {
    @TempDir
    Path tmp;

    @BeforeEach
    void dataHome() {
        Needs.libvirt0();
        assumeTrue(System.getenv("LIBVIRT_DEFAULT_URI") == null, "skipped: LIBVIRT_DEFAULT_URI is set");
        System.setProperty("pvdm.data.home", tmp.resolve("data").toString());
    }

    @AfterEach
    void clear() {
        System.clearProperty("pvdm.data.home");
    }

    @Test
    void theNextRunShowsItAndRecoverFinishesIt() throws Exception {
        String guest = "centos5-legacy-pbx";
        try (Host host = LibvirtHosts.open(DemoHost.uri(), true)) {
            Plan plan = new Planner(host).plan(guest, Selection.all(), PowerOptions.none(), WriteAccess.allowed(), false);
            Backup b = BackupStore.standard().save(host.uri(), plan.uuid(), host.inactiveXml(plan.uuid()), "test");
            Journal.standard().begin(new Journal.Entry(host.uri(), plan.uuid(), guest, b.id(), plan.base(),
                    Instant.now(), plan.changes(), plan.newXml()));
        }
        CliRun list = CliRun.of("list");
        assertEquals(0, list.exit(), list.err());
        assertTrue(list.err().contains("the switch of " + guest + " on demo host was cut off"), list.err());
        assertTrue(list.err().contains("pvdm recover " + guest), list.err());

        CliRun show = CliRun.of("recover");
        assertEquals(0, show.exit(), show.err());
        assertTrue(show.out().contains("the host holds the old definition"), show.out());

        CliRun finish = CliRun.of("recover", guest, "--finish", "--yes");
        assertEquals(0, finish.exit(), finish.err());
        assertTrue(finish.out().contains("finished and verified"), finish.out());

        CliRun after = CliRun.of("list");
        assertFalse(after.err().contains("was cut off"), after.err());
        assertTrue(CliRun.of("recover").out().contains("No interrupted switch"));
    }
}

package org.pvdm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pvdm.host.Host;
import org.pvdm.host.HostException;
import org.pvdm.lab.ConsoleLog;
import org.pvdm.lab.Lab;
import org.pvdm.lab.LabNet;
import org.pvdm.lab.LabProgress;
import org.pvdm.lab.LabStatus;
import org.pvdm.lab.LabTwin;
import org.pvdm.lab.bench.TwinRates;
import org.pvdm.model.domain.Domain;

/**
 * The lab end to end on the real libvirtd: lab up; both twins move disk and NIC counters; convert the
 * emulated twin through the CLI, it runs on vda/virtio-net; roll back, it runs on IDE/e1000 again; lab down leaves
 * no guest, bridge or data disk. Rates come from two samples of host.stats() (`pvdm stats` is not on this branch).
 */
class LabIT {
    private static final String EMU = LabTwin.EMULATED.guestName();
    private static final String PV = LabTwin.PV.guestName();
    private static final Duration BOOT = Duration.ofSeconds(240);
    private static final double WINDOW_S = 8;

    @TempDir
    static Path tmp;

    private static Host host;
    private static Lab lab;

    /** In @BeforeEach, not @BeforeAll, so that a skip is reported as one skipped test with its reason. */
    @BeforeEach
    void labMachine() throws Exception {
        LabMachine.assumeReady();
        host = QemuHost.openOrSkip();
        lab = Lab.on(QemuHost.URI);
        System.setProperty("pvdm.data.home", tmp.resolve("data").toString());
    }

    @AfterAll
    static void down() throws Exception {
        try {
            if (lab != null) {
                lab.down(LabProgress.none()); // also after a failure: leave the machine clean
            }
        } finally {
            if (host != null) {
                host.close();
            }
            System.clearProperty("pvdm.data.home");
        }
    }

    @Test
    void twinsConvertRollBackAndLeaveNothingBehind() throws Exception {
        long t0 = System.nanoTime();
        lab.down(LabProgress.none()); // a known start: the emulated twin on IDE/e1000
        LabMachine.Run up = LabMachine.cli("lab", "up", "--connect", QemuHost.URI);
        assertEquals(0, up.exit(), up.out() + up.err());
        assertTrue(up.out().contains("accelerator: "), up.out());
        log("lab up took " + LabMachine.since(t0) + "\n" + up.out());

        Map<String, TwinRates> both = TwinRates.measure(host, List.of(EMU, PV), WINDOW_S);
        log("side by side: " + both.values());
        assertMoving(both.get(EMU), "hda");
        assertMoving(both.get(PV), "vda");

        LabMachine.Run convert = LabMachine.cli("convert", EMU, "--connect", QemuHost.URI, "--yes", "--shutdown",
                "--start");
        assertEquals(0, convert.exit(), convert.out() + convert.err());
        ConsoleLog c = waitForWorkload(EMU);
        assertEquals("vda", c.disk(), c.toString());
        assertEquals("virtio_blk", c.diskDriver());
        assertEquals("virtio_net", c.nicDriver());
        assertDefined("vda", "virtio", "virtio");
        TwinRates converted = TwinRates.measure(host, List.of(EMU), WINDOW_S).get(EMU);
        log("converted: " + converted);
        assertMoving(converted, "vda");

        LabMachine.Run back = LabMachine.cli("rollback", EMU, "--connect", QemuHost.URI, "--yes", "--shutdown",
                "--start");
        assertEquals(0, back.exit(), back.out() + back.err());
        c = waitForWorkload(EMU);
        assertEquals("sda", c.disk(), c.toString());
        assertEquals("sd", c.diskDriver());
        assertEquals("e1000", c.nicDriver());
        assertDefined("hda", "ide", "e1000");
        TwinRates rolledBack = TwinRates.measure(host, List.of(EMU), WINDOW_S).get(EMU);
        log("rolled back: " + rolledBack);
        assertMoving(rolledBack, "hda");

        LabStatus before = lab.status();
        LabMachine.Run down = LabMachine.cli("lab", "down", "--connect", QemuHost.URI);
        assertEquals(0, down.exit(), down.out() + down.err());
        assertTrue(lab.status().empty(), "lab status after down: " + lab.status());
        for (String name : List.of(EMU, PV)) {
            assertFalse(host.guests().stream().anyMatch(g -> g.name().equals(name)), name + " is gone");
        }
        assertFalse(LabMachine.linkExists(LabNet.BRIDGE), "the bridge is gone");
        for (Path f : before.files()) {
            assertFalse(Files.exists(f), f + " is gone");
        }
        for (LabTwin t : LabTwin.values()) {
            assertFalse(Files.exists(lab.paths().image(t)), t + " image is gone");
        }
        log("LabIT took " + LabMachine.since(t0));
    }

    private static void assertMoving(TwinRates r, String disk) {
        assertTrue(r != null, "no counters for a twin");
        assertEquals(disk, r.disk(), r.toString());
        assertTrue(r.allMoving(), "every disk and NIC counter moves: " + r);
    }

    private static void assertDefined(String target, String bus, String nicModel) throws Exception {
        Domain live = Domain.parse(host.liveXml(host.guest(EMU).uuid()));
        assertEquals(target, live.disks().get(0).target());
        assertEquals(bus, live.disks().get(0).bus());
        assertEquals(nicModel, live.nics().get(0).model());
    }

    /** Bounded: polls the console log until the workload runs, fails naming the log after BOOT. */
    private static ConsoleLog waitForWorkload(String name) throws HostException, InterruptedException {
        Path file = lab.paths().consoleLog(name);
        long deadline = System.nanoTime() + BOOT.toNanos();
        while (System.nanoTime() < deadline) {
            ConsoleLog c = ConsoleLog.read(file);
            if (c.workload()) {
                return c;
            }
            assertTrue(host.guest(name).state().active(), name + " stopped; see " + file);
            Thread.sleep(1000);
        }
        throw new AssertionError(name + " did not start its workload within " + BOOT.toSeconds() + " s; see " + file);
    }

    private static void log(String s) {
        System.out.println("[LabIT] " + s);
    }
}

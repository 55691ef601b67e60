package org.pvdm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.pvdm.host.Host;
import org.pvdm.host.HostException;
import org.pvdm.host.libvirt.LibvirtHosts;
import org.pvdm.model.convert.Selection;
import org.pvdm.model.domain.Domain;
import org.pvdm.switching.Applier;
import org.pvdm.switching.BackupStore;
import org.pvdm.switching.Journal;
import org.pvdm.switching.Plan;
import org.pvdm.switching.Planner;
import org.pvdm.switching.PowerOptions;
import org.pvdm.switching.WriteAccess;

/**
 * Two writers switching different devices (the disk, the NIC) of one guest at once on a real libvirtd: never a
 * lost update. Two engines on two connections, hundreds of rounds; then two pvdm processes, fewer rounds (a JVM
 * start each).
 */
class TwoWritersIT extends PrivateLibvirtdFixture {
    private static final String GUEST = "i11fault-writers";
    private static final int ROUNDS = Integer.getInteger("pvdm.it.writers.rounds", 200);
    private static final int PROCESS_ROUNDS = Integer.getInteger("pvdm.it.writers.processRounds", 8);

    private static String bus(String xml) throws Exception {
        Domain d = Domain.parse(xml);
        return d.disks().stream().map(x -> x.bus()).findFirst().orElse("(none)");
    }

    private static String nicModel(String xml) throws Exception {
        return Domain.parse(xml).nics().get(0).model();
    }

    @Test
    void twoEnginesOnTwoConnections() throws Exception {
        BackupStore store = new BackupStore(tmp.resolve("backups"));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        int conflicts = 0;
        try (Host a = LibvirtHosts.open(daemon.uri(), true); Host b = LibvirtHosts.open(daemon.uri(), true)) {
            String uuid = FaultGuest.define(daemon, a, GUEST);
            String original = a.inactiveXml(uuid);
            for (int round = 0; round < ROUNDS; round++) {
                a.define(original);
                Plan disk = new Planner(a).plan(GUEST, Selection.devices(List.of("hda")), PowerOptions.none(),
                        WriteAccess.allowed(), false);
                Plan nic = new Planner(b).plan(GUEST, Selection.all().only(Selection.Only.NICS), PowerOptions.none(),
                        WriteAccess.allowed(), false);
                CyclicBarrier go = new CyclicBarrier(2);
                Future<?> fa = pool.submit(() -> { go.await(); return new Applier(a, store, null,
                        new Journal(tmp.resolve("journal"))).apply(disk, PowerOptions.none(), m -> { }); });
                Future<?> fb = pool.submit(() -> { go.await(); return new Applier(b, store, null,
                        new Journal(tmp.resolve("journal"))).apply(nic, PowerOptions.none(), m -> { }); });
                List<Boolean> won = new ArrayList<>();
                for (Future<?> f : List.of(fa, fb)) {
                    try {
                        f.get();
                        won.add(true);
                    } catch (ExecutionException e) {
                        HostException he = (HostException) e.getCause();
                        assertEquals(HostException.Kind.CONFLICT, he.kind(), "round " + round + ": " + he.getMessage());
                        won.add(false);
                        conflicts++;
                    }
                }
                String stored = a.inactiveXml(uuid);
                assertEquals(1, won.stream().filter(x -> x).count(), "round " + round + ": one writer wins");
                assertEquals(won.get(0) ? "virtio" : "ide", bus(stored), "round " + round + ": the disk");
                assertEquals(won.get(1) ? "virtio" : "e1000", nicModel(stored), "round " + round + ": the NIC");
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(ROUNDS, conflicts);
    }

    @Test
    void twoPvdmProcesses() throws Exception {
        String uuid;
        String original;
        try (Host h = LibvirtHosts.open(daemon.uri(), true)) {
            uuid = FaultGuest.define(daemon, h, GUEST);
            original = h.inactiveXml(uuid);
        }
        int bothWon = 0;
        for (int round = 0; round < PROCESS_ROUNDS; round++) {
            try (Host h = LibvirtHosts.open(daemon.uri(), true)) {
                h.define(original);
            }
            Process disk = pvdm("convert", "--connect", daemon.uri(), GUEST, "--device", "hda", "--yes");
            Process nic = pvdm("convert", "--connect", daemon.uri(), GUEST, "--only", "nics", "--yes");
            int dExit = disk.waitFor();
            int nExit = nic.waitFor();
            String dErr = new String(disk.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            String nErr = new String(nic.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(dExit == 0 || dExit == 8, "round " + round + ": disk writer exit " + dExit + ": " + dErr);
            assertTrue(nExit == 0 || nExit == 8, "round " + round + ": NIC writer exit " + nExit + ": " + nErr);
            assertTrue(dExit == 0 || nExit == 0, "round " + round + ": someone wins");
            for (String e : List.of(dErr, nErr)) {
                assertTrue(e.strip().lines().filter(l -> l.startsWith("pvdm:")).count() <= 1, "one line: " + e);
            }
            try (Host h = LibvirtHosts.open(daemon.uri(), true)) {
                String stored = h.inactiveXml(uuid);
                assertEquals(dExit == 0 ? "virtio" : "ide", bus(stored), "round " + round + ": the disk; " + dErr);
                assertEquals(nExit == 0 ? "virtio" : "e1000", nicModel(stored), "round " + round + ": the NIC; " + nErr);
            }
            bothWon += dExit == 0 && nExit == 0 ? 1 : 0;
        }
        System.out.println("two pvdm processes: " + PROCESS_ROUNDS + " rounds, " + bothWon + " with both switched one"
                + " after the other, the rest with one refused (exit 8)");
    }

    private Process pvdm(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dpvdm.data.home=" + tmp.resolve("data"), "-cp", System.getProperty("java.class.path"),
                "org.pvdm.Main"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().remove("DISPLAY");
        return pb.start();
    }
}

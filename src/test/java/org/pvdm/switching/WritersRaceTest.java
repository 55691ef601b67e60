package org.pvdm.switching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.pvdm.host.HostException;
import org.pvdm.model.convert.Selection;
import org.pvdm.model.domain.Domain;
import org.pvdm.testsupport.DemoHostFixture;

/** Two engines switching different devices of one guest at once, on libvirt's test driver: never a lost update. */
class WritersRaceTest extends DemoHostFixture {
    private static final String GUEST = "sles15sp4-nfs";
    private static final int ROUNDS = 200;

    private Plan plan(String device) throws HostException {
        return plan(GUEST, Selection.devices(List.of(device)), PowerOptions.none());
    }

    private String bus(String xml, String dev) throws Exception {
        return Domain.parse(xml).disk(dev).map(d -> d.bus()).orElse("(gone)");
    }

    @Test
    void oneWinsTheOtherRefusesAndNothingIsLost() throws Exception {
        String uuid = host.guest(GUEST).uuid();
        String original = host.inactiveXml(uuid);
        store.privateDir(host.uri(), uuid);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        int[] wins = new int[2];
        int conflicts = 0;
        try {
            for (int round = 0; round < ROUNDS; round++) {
                host.define(original);
                Plan a = plan("sda");
                Plan b = plan("sdb");
                CyclicBarrier go = new CyclicBarrier(2);
                Future<ApplyResult> fa = pool.submit(() -> { go.await(); return new Applier(host, store).apply(a,
                        PowerOptions.none(), m -> { }); });
                Future<ApplyResult> fb = pool.submit(() -> { go.await(); return new Applier(host, store).apply(b,
                        PowerOptions.none(), m -> { }); });
                List<Boolean> ok = new ArrayList<>();
                for (Future<ApplyResult> f : List.of(fa, fb)) {
                    try {
                        f.get();
                        ok.add(true);
                    } catch (java.util.concurrent.ExecutionException e) {
                        HostException he = (HostException) e.getCause();
                        assertEquals(HostException.Kind.CONFLICT, he.kind(), "round " + round + ": " + he.getMessage());
                        ok.add(false);
                        conflicts++;
                    }
                }
                String stored = host.inactiveXml(uuid);
                assertEquals(1, ok.stream().filter(x -> x).count(), "round " + round + ": exactly one writer wins");
                boolean aWon = ok.get(0);
                wins[aWon ? 0 : 1]++;
                // the winner's change is stored, the loser's is not: nothing undone, nothing half-done
                Plan won = aWon ? a : b;
                assertEquals("virtio", bus(stored, won.changes().get(0).newName()), "round " + round);
                assertEquals("(gone)", bus(stored, aWon ? "sda" : "sdb"), "round " + round + ": winner's disk moved");
                assertEquals(bus(original, aWon ? "sdb" : "sda"), bus(stored, aWon ? "sdb" : "sda"), "round " + round + ": loser's disk untouched");
            }
        } finally {
            pool.shutdownNow();
            host.define(original);
        }
        assertEquals(ROUNDS, conflicts);
        assertTrue(wins[0] + wins[1] == ROUNDS, "wins " + wins[0] + "/" + wins[1]);
    }

    @Test
    void aHeldLockRefusesWithThePidAndTheFileIsPrivate() throws Exception {
        String uuid = host.guest(GUEST).uuid();
        try (GuestLock held = GuestLock.acquire(store, host.uri(), uuid, GUEST)) {
            HostException e = assertThrows(HostException.class, () -> GuestLock.acquire(store, host.uri(), uuid, GUEST));
            assertEquals(HostException.Kind.CONFLICT, e.kind());
            assertTrue(e.getMessage().contains("pid " + ProcessHandle.current().pid()), e.getMessage());
            Plan p = plan("sda");
            String before = host.inactiveXml(uuid);
            assertThrows(HostException.class, () -> new Applier(host, store).apply(p, PowerOptions.none(), m -> { }));
            assertEquals(before, host.inactiveXml(uuid), "the loser wrote nothing");
        }
        Path lock = store.dir(host.uri(), uuid).resolve(GuestLock.FILE);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(lock)));
        GuestLock.acquire(store, host.uri(), uuid, GUEST).close();
    }

    @Test
    void aSymlinkedLockFileIsNeverFollowed() throws Exception {
        String uuid = host.guest(GUEST).uuid();
        Path dir = store.privateDir(host.uri(), uuid);
        Path victim = tmp.resolve("victim");
        Files.writeString(victim, "precious");
        Files.createSymbolicLink(dir.resolve(GuestLock.FILE), victim);
        java.io.IOException e = assertThrows(java.io.IOException.class,
                () -> GuestLock.acquire(store, host.uri(), uuid, GUEST));
        assertTrue(e.getMessage().contains("not a symlink"), e.getMessage());
        assertEquals("precious", Files.readString(victim));
    }

    @Test
    void aLockFileWithAWideModeIsRefused() throws Exception {
        String uuid = host.guest(GUEST).uuid();
        Path dir = store.privateDir(host.uri(), uuid);
        Files.createFile(dir.resolve(GuestLock.FILE), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rw-rw-rw-")));
        Files.setPosixFilePermissions(dir.resolve(GuestLock.FILE), PosixFilePermissions.fromString("rw-rw-rw-"));
        java.io.IOException e = assertThrows(java.io.IOException.class,
                () -> GuestLock.acquire(store, host.uri(), uuid, GUEST));
        assertFalse(e.getMessage().isBlank());
        assertTrue(e.getMessage().contains("mode 0600"), e.getMessage());
    }
}

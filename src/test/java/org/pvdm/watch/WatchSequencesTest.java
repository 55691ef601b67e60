package org.pvdm.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.pvdm.host.BlockCounters;
import org.pvdm.host.GuestState;
import org.pvdm.host.NetCounters;

/**
 * Whole boots replayed as BootWatch sees them (a poll every 2 s), on sequences shaped like the lab's: when a
 * watch ends and what it concludes. A healthy guest whose kernel starts late must pass; a guest that runs but
 * cannot use its switched disk must fail; one that never shows life must fail and say so.
 */
class WatchSequencesTest {
    private static final Duration WATCH = Duration.ofSeconds(120);

    /** What a poll saw from a given second on: the counters are cumulative, so each entry holds until the next. */
    private record Seen(long vda, long hdc, long tx, boolean agent) {}

    private static BlockCounters disk(String dev, long reqs) {
        return new BlockCounters(dev, reqs, reqs * 4096, 0, 0, -1, -1, 0);
    }

    private static NetCounters nic(long tx) {
        return new NetCounters("52:54:00:00:00:01", "vnet0", 0, 0, 0, 0, tx * 90, tx, 0, 0);
    }

    /** Polls the recorded boot every 2 s until the signals say the watch is over. */
    private static WatchResult replay(TreeMap<Long, Seen> boot, boolean agentBefore) {
        WatchSignals s = new WatchSignals(List.of("vda"), agentBefore);
        for (long t = 0; ; t += 2) {
            Seen now = boot.floorEntry(t).getValue();
            s.state(GuestState.RUNNING, t);
            s.disks(List.of(disk("vda", now.vda()), disk("hdc", now.hdc())), t);
            s.nics(List.of(nic(now.tx())), t);
            if (now.agent()) {
                s.agentAnswered(t);
            }
            if (s.over(t, WATCH)) {
                return s.result(t);
            }
        }
    }

    @Test
    void aHealthyGuestWhoseKernelStartsLateOnALoadedHostPasses() {
        // firmware reads the boot sector at once; the kernel (TCG, two busy cores) starts after 150 s
        TreeMap<Long, Seen> boot = new TreeMap<>(Map.of(
                0L, new Seen(0, 0, 0, false),
                4L, new Seen(1, 0, 0, false),
                150L, new Seen(1, 0, 3, false),
                158L, new Seen(240, 0, 5, false),
                170L, new Seen(610, 0, 9, true)));
        WatchResult r = replay(boot, false);
        assertTrue(r.passed(), r.summary());
        assertEquals(158, r.seconds(), "ends once the disk is used, past the watch time");
        assertTrue(r.seen().get(0).contains("first sign of life after 150 s (3 packet(s) sent"), r.seen().toString());
    }

    @Test
    void theNoVirtioTwinRunsButNeverUsesItsDiskAndFails() {
        // its kernel starts, the agent answers and the NIC sends, but without virtio_blk nothing reads vda
        TreeMap<Long, Seen> boot = new TreeMap<>(Map.of(
                0L, new Seen(0, 0, 0, false),
                4L, new Seen(1, 0, 0, false),
                30L, new Seen(1, 0, 0, true),
                34L, new Seen(1, 0, 4, true)));
        WatchResult r = replay(boot, false);
        assertFalse(r.passed(), r.summary());
        assertEquals(150, r.seconds(), "the disk gets the whole watch time from the first sign of life");
        assertTrue(r.failure().startsWith("no I/O on vda beyond the firmware's (1 request(s)) although the guest"
                + " showed life after 30 s (its guest agent answered)"), r.failure());
    }

    @Test
    void aGuestThatNeverShowsLifeFailsAtTheCapAndSaysWhatWasMissing() {
        TreeMap<Long, Seen> boot = new TreeMap<>(Map.of(0L, new Seen(1, 5, 0, false)));
        WatchResult r = replay(boot, false);
        assertFalse(r.passed());
        assertEquals(WatchSignals.NO_LIFE_FACTOR * WATCH.toSeconds(), r.seconds());
        assertTrue(r.failure().contains("no I/O on vda and no other sign of life"), r.failure());
        assertEquals("no sign of life", r.seen().get(0), "five firmware reads on the CD-ROM are not life");
    }

    @Test
    void aGuestThatUsesItsDiskAtOnceEndsAtTheWatchTime() {
        TreeMap<Long, Seen> boot = new TreeMap<>(Map.of(0L, new Seen(0, 0, 0, false), 6L, new Seen(300, 40, 2, true)));
        WatchResult r = replay(boot, true);
        assertTrue(r.passed(), r.summary());
        assertEquals(WATCH.toSeconds(), r.seconds());
    }

    @Test
    void anAgentThatAnsweredBeforeGetsUntilTheCapWhileTheDisksAreInUseAndIsThenOnlySaid() {
        // loaded host: the disk is in use after 20 s, qemu-ga answers only after 200 s
        TreeMap<Long, Seen> slow = new TreeMap<>(Map.of(0L, new Seen(0, 0, 0, false), 20L, new Seen(90, 0, 0, false),
                200L, new Seen(400, 0, 6, true)));
        WatchResult r = replay(slow, true);
        assertTrue(r.passed(), r.summary());
        assertEquals(200, r.seconds());
        TreeMap<Long, Seen> silent = new TreeMap<>(Map.of(0L, new Seen(0, 0, 0, false), 20L, new Seen(90, 0, 0, false)));
        // the agent never answers, but the switched disk is in use: said at the cap, and no rollback
        WatchResult quiet = replay(silent, true);
        assertTrue(quiet.passed(), quiet.summary());
        assertEquals(WatchSignals.NO_LIFE_FACTOR * WATCH.toSeconds(), quiet.seconds());
        assertTrue(quiet.seen().contains("the guest agent stayed silent"), quiet.seen().toString());
    }
}

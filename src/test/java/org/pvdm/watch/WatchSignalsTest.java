package org.pvdm.watch;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pvdm.host.BlockCounters;
import org.pvdm.host.GuestState;

class WatchSignalsTest {
    private static BlockCounters disk(String dev, long rd, long wr) {
        return new BlockCounters(dev, rd, rd * 4096, wr, wr * 4096, -1, -1, 0);
    }

    @Test
    void aGuestThatRunsDoesIoAndAnswersPasses() {
        WatchSignals s = new WatchSignals(List.of("vda"), true);
        s.state(GuestState.RUNNING, 2);
        s.disks(List.of(disk("vda", 0, 0), disk("hdc", 5, 0)), 2);
        assertFalse(s.allSeen());
        s.disks(List.of(disk("vda", 120, 30)), 4);
        s.agentAnswered(4);
        assertTrue(s.allSeen());
        s.reset(3);
        WatchResult r = s.result(120);
        assertTrue(r.passed(), r.summary());
        assertTrue(r.summary().contains("vda: 150 I/O request(s)"), r.summary());
    }

    @Test
    void noIoOnTheSwitchedDiskFails() {
        WatchSignals s = new WatchSignals(List.of("vda"), false);
        s.state(GuestState.RUNNING, 2);
        s.disks(List.of(disk("vda", 1, 0)), 2);
        WatchResult r = s.result(60);
        assertFalse(r.passed(), "one read of the boot sector by SeaBIOS is not the guest using its disk");
        assertTrue(r.failure().contains("no I/O on vda"), r.failure());
    }

    @Test
    void crashedPausedShutOffAndABootLoopFailAtOnce() {
        for (GuestState bad : List.of(GuestState.CRASHED, GuestState.PAUSED, GuestState.SHUTOFF)) {
            WatchSignals s = new WatchSignals(List.of(), false);
            s.state(bad, 7);
            assertTrue(s.failed(), bad.name());
            assertTrue(s.result(7).failure().contains("7 s"), s.result(7).failure());
        }
        WatchSignals loop = new WatchSignals(List.of(), false);
        loop.reset(5);
        assertFalse(loop.failed(), "one reset is allowed");
        loop.reset(9);
        assertTrue(loop.failed());
        assertTrue(loop.result(9).failure().contains("reset 2 times"), loop.result(9).failure());
    }

    @Test
    void anAgentThatAnsweredBeforeAndFallsSilentFails() {
        WatchSignals s = new WatchSignals(List.of(), true);
        s.state(GuestState.RUNNING, 1);
        WatchResult r = s.result(120);
        assertFalse(r.passed());
        assertTrue(r.failure().contains("guest agent"), r.failure());
        assertTrue(new WatchSignals(List.of(), false).result(120).passed(), "no agent before: not required after");
    }

    @Test
    void aSilentAgentDoesNotFailAGuestThatUsesItsSwitchedDisk() {
        WatchSignals s = new WatchSignals(List.of("vda"), true);
        s.state(GuestState.RUNNING, 1);
        s.disks(List.of(disk("vda", 40_000, 10_000)), 8);
        WatchResult r = s.result(360);
        assertTrue(r.passed(), r.failure());
        assertTrue(String.join("; ", r.seen()).contains("the guest agent stayed silent"), r.seen().toString());
        assertTrue(String.join("; ", r.seen()).contains("not counted as a failed boot"), r.seen().toString());
    }
}

package org.pvdm.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.pvdm.host.BlockCounters;
import org.pvdm.host.GuestCounters;
import org.pvdm.host.GuestState;
import org.pvdm.host.GuestSummary;
import org.pvdm.host.HostException;
import org.pvdm.testsupport.FakeHost;
import org.pvdm.testsupport.GuestXml;

/** A connection lost mid-watch (a loaded libvirtd dropping a client) is opened again; the guest stays watched. */
class BootWatchReconnectTest {
    private static FakeHost runningGuestDoingIo() {
        FakeHost host = new FakeHost("qemu:///system", false);
        GuestSummary g = host.add(GuestXml.paravirtual("g"), GuestState.RUNNING);
        host.counters(uuid -> new GuestCounters(uuid, "g", GuestState.RUNNING, -1, 1,
                List.of(new BlockCounters("vda", 500, 500 * 4096, 20, 20 * 4096, -1, -1, 0)), List.of()));
        return host;
    }

    @Test
    void aLostConnectionIsOpenedAgainAndTheWatchGoesOn() throws Exception {
        FakeHost host = runningGuestDoingIo();
        host.failNext("stats", new HostException(HostException.Kind.UNREACHABLE, "client socket is closed"));
        AtomicInteger reopened = new AtomicInteger();
        List<String> said = new ArrayList<>();
        BootWatch watch = new BootWatch(host, () -> {
            reopened.incrementAndGet();
            return host;
        });
        WatchResult r = watch.watch(GuestXml.uuidOf("g"), List.of("vda"), false, Duration.ofSeconds(1), said::add);
        assertTrue(r.passed(), r.summary());
        assertEquals(1, reopened.get());
        assertTrue(said.stream().anyMatch(m -> m.contains("was lost") && m.contains("client socket is closed")),
                said.toString());
    }

    @Test
    void withoutAWayToReconnectTheLossIsTheWatchsError() {
        FakeHost host = runningGuestDoingIo();
        host.failNext("stats", new HostException(HostException.Kind.UNREACHABLE, "client socket is closed"));
        HostException e = assertThrows(HostException.class, () -> new BootWatch(host).watch(GuestXml.uuidOf("g"),
                List.of("vda"), false, Duration.ofSeconds(1), m -> { }));
        assertEquals(HostException.Kind.UNREACHABLE, e.kind());
    }
}

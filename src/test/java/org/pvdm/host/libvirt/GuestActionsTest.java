package org.pvdm.host.libvirt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pvdm.host.GuestState;
import org.pvdm.host.Host;
import org.pvdm.host.HostException;
import org.pvdm.host.HostException.Kind;

/**
 * The guest actions and the listing that {@link LibvirtHost} hands to {@link GuestActions} and {@link GuestListing}:
 * each still runs through the host's guarded call, so a closed host refuses every one of them with the same line
 * (a call on a closed connection crashed the JVM in libvirt), and each still reaches libvirt on an open one.
 */
class GuestActionsTest {

    private static final String TRANSIENT = """
            <domain type='test'>
              <name>s5health-transient</name>
              <memory unit='MiB'>128</memory>
              <os><type arch='x86_64'>hvm</type></os>
            </domain>""";

    @BeforeEach
    void libvirt() {
        TestHosts.assumeLibvirt();
    }

    @FunctionalInterface
    private interface Action {
        void on(Host host) throws Exception;
    }

    @Test
    void aClosedHostRefusesEveryGuestActionAndListing() throws HostException {
        Host host = LibvirtHosts.open(TestHosts.nodeUri(), true);
        host.close();
        List<Action> all = List.of(
                h -> h.guests(),
                h -> h.allDefinitions(d -> { }),
                h -> h.guest("alpha"),
                h -> h.inactiveXml(TestHosts.ALPHA),
                h -> h.liveXml(TestHosts.ALPHA),
                h -> h.define(TRANSIENT),
                h -> h.createTransient(TRANSIENT),
                h -> h.diskSize(TestHosts.ALPHA, "hda"),
                h -> h.agentCommand(TestHosts.ALPHA, "{}", 1),
                h -> h.onReboot(TestHosts.ALPHA, () -> { }),
                h -> h.start(TestHosts.GAMMA),
                h -> h.shutdown(TestHosts.ALPHA),
                h -> h.reboot(TestHosts.ALPHA),
                h -> h.destroy(TestHosts.ALPHA),
                h -> h.undefine(TestHosts.GAMMA));
        for (int i = 0; i < all.size(); i++) {
            Action a = all.get(i);
            HostException e = assertThrows(HostException.class, () -> a.on(host), "action " + i);
            assertEquals(Kind.UNREACHABLE, e.kind(), "action " + i + ": " + e.getMessage());
            assertTrue(e.getMessage().endsWith(": the connection is closed (reconnect)"), e.getMessage());
        }
    }

    @Test
    void theLifecycleActionsReachLibvirtAndNameTheGuest() throws HostException {
        try (Host host = LibvirtHosts.open(TestHosts.nodeUri(), true)) {
            host.destroy(TestHosts.ALPHA);
            assertEquals(GuestState.SHUTOFF, host.guest(TestHosts.ALPHA).state());
            host.start(TestHosts.ALPHA);
            assertEquals(GuestState.RUNNING, host.guest(TestHosts.ALPHA).state());
            host.reboot(TestHosts.ALPHA);
            host.shutdown(TestHosts.ALPHA);
            assertEquals(GuestState.SHUTOFF, host.guest(TestHosts.ALPHA).state());

            String uuid = host.createTransient(TRANSIENT);
            assertEquals("s5health-transient", host.guest(uuid).name());
            assertFalse(host.guest(uuid).persistent());
            host.destroy(uuid);
            HostException gone = assertThrows(HostException.class, () -> host.start(uuid));
            assertEquals(Kind.NOT_FOUND, gone.kind());
            assertTrue(gone.getMessage().contains(uuid), gone.getMessage());

            host.undefine(TestHosts.GAMMA);
            assertTrue(host.guests().stream().noneMatch(g -> g.uuid().equals(TestHosts.GAMMA)), "gamma undefined");
        }
    }
}

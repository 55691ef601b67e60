package org.pvdm.host.libvirt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pvdm.host.GuestState;
import org.pvdm.host.GuestSummary;
import org.pvdm.host.Host;
import org.pvdm.host.HostException;
import org.pvdm.host.HostException.Kind;
import org.pvdm.host.HostInfo;
import org.pvdm.host.LifecycleEvent;

/** Against libvirt's real test driver: test:///default and the node file beside this class. */
class LibvirtHostTest {

    private static final String NEW_GUEST = """
            <domain type='kvm'>
              <name>delta</name>
              <uuid>11111111-2222-3333-4444-000000000004</uuid>
              <memory unit='MiB'>128</memory>
              <os><type arch='x86_64'>hvm</type></os>
              <devices>
                <disk type='file' device='disk'><source file='/tmp/delta.img'/><target dev='hda' bus='ide'/></disk>
              </devices>
            </domain>""";

    @BeforeEach
    void libvirt() {
        TestHosts.assumeLibvirt();
    }

    @Test
    void defaultHostListsItsRunningGuest() throws HostException {
        try (Host host = LibvirtHosts.open(TestHosts.DEFAULT, false)) {
            assertEquals(List.of(new GuestSummary("test", "6695eb01-f6a4-8304-79aa-97f2502e193f",
                    GuestState.RUNNING, 1, true)), host.guests());
            assertEquals("test:///default", host.uri());
            assertEquals("test:///default", host.displayName());
            assertTrue(host.readOnly());
            assertTrue(host.syntheticCounters());
        }
    }

    @Test
    void info() throws HostException {
        try (Host host = LibvirtHosts.open(TestHosts.DEFAULT, false)) {
            HostInfo info = host.info();
            assertEquals("TEST", info.hypervisor());
            assertTrue(info.libvirtVersion().matches("\\d+\\.\\d+\\.\\d+"), info.libvirtVersion());
            assertFalse(info.hostname().isEmpty());
        }
    }

    @Test
    void versionFormat() {
        assertEquals("0.7.6", LibvirtHost.version(7006));
        assertEquals("9.0.0", LibvirtHost.version(9_000_000));
        assertEquals("7.2.22", LibvirtHost.version(7_002_022));
        assertEquals("", LibvirtHost.version(0));
    }

    @Test
    void nodeFileGuestsSortedByNameWithStates() throws HostException {
        try (Host host = LibvirtHosts.open(TestHosts.nodeUri(), false)) {
            List<GuestSummary> guests = host.guests();
            assertEquals(List.of("alpha", "beta", "gamma"), guests.stream().map(GuestSummary::name).toList());
            assertEquals(new GuestSummary("gamma", TestHosts.GAMMA, GuestState.SHUTOFF, -1, true), guests.get(2));
            assertEquals(GuestState.RUNNING, guests.get(0).state());
            assertFalse(host.syntheticCounters() && !host.uri().startsWith("test:"));
        }
    }

    @Test
    void guestByNameAndByUuid() throws HostException {
        try (Host host = LibvirtHosts.open(TestHosts.nodeUri(), false)) {
            GuestSummary byName = host.guest("beta");
            assertEquals(TestHosts.BETA, byName.uuid());
            assertEquals(byName, host.guest(TestHosts.BETA));
            assertEquals(byName, host.guest(TestHosts.BETA.toUpperCase()));
            assertEquals(byName, host.guest(TestHosts.BETA.replace("-", "")));
        }
    }

    @Test
    void unknownGuestIsNotFoundNamingGuestAndHost() throws HostException {
        String uri = TestHosts.nodeUri();
        try (Host host = LibvirtHosts.open(uri, false)) {
            HostException e = assertThrows(HostException.class, () -> host.guest("nosuchguest"));
            assertEquals(Kind.NOT_FOUND, e.kind());
            assertEquals("no guest 'nosuchguest' on " + uri + " (run pvdm list to see the guests by name and UUID)",
                    e.getMessage());
            HostException byUuid = assertThrows(HostException.class,
                    () -> host.liveXml("99999999-2222-3333-4444-000000000001"));
            assertEquals(Kind.NOT_FOUND, byUuid.kind());
            assertTrue(byUuid.getMessage().contains("99999999-2222-3333-4444-000000000001"), byUuid.getMessage());
            assertTrue(byUuid.getMessage().contains(uri), byUuid.getMessage());
        }
    }

    @Test
    void inactiveXmlLacksLiveState() throws HostException {
        try (Host host = LibvirtHosts.open(TestHosts.nodeUri(), false)) {
            String live = host.liveXml(TestHosts.ALPHA);
            String inactive = host.inactiveXml(TestHosts.ALPHA);
            assertTrue(live.startsWith("<domain type='kvm' id='1'>"), live);
            assertTrue(inactive.startsWith("<domain type='kvm'>"), inactive);
            assertTrue(inactive.contains("<mac address='52:54:00:aa:00:01'/>"), inactive);
            assertEquals(host.inactiveXml(TestHosts.GAMMA), host.liveXml(TestHosts.GAMMA));
        }
    }

    @Test
    void defineListsTheGuestAndFiresDefined() throws Exception {
        BlockingQueue<LifecycleEvent> events = new LinkedBlockingQueue<>();
        try (Host host = LibvirtHosts.open(TestHosts.nodeUri(), true)) {
            assertFalse(host.readOnly());
            try (AutoCloseable sub = host.onLifecycle(events::add)) {
                String uuid = host.define(NEW_GUEST);
                assertEquals("11111111-2222-3333-4444-000000000004", uuid);
                assertEquals(new LifecycleEvent(uuid, "delta", LifecycleEvent.Type.DEFINED),
                        events.poll(5, TimeUnit.SECONDS));
                assertEquals(List.of("alpha", "beta", "delta", "gamma"),
                        host.guests().stream().map(GuestSummary::name).toList());

                host.start(uuid);
                assertEquals(LifecycleEvent.Type.STARTED, events.poll(5, TimeUnit.SECONDS).type());
                assertEquals(GuestState.RUNNING, host.guest("delta").state());
                host.destroy(uuid);
                assertEquals(LifecycleEvent.Type.STOPPED, events.poll(5, TimeUnit.SECONDS).type());
                host.undefine(uuid);
                assertEquals(LifecycleEvent.Type.UNDEFINED, events.poll(5, TimeUnit.SECONDS).type());
                assertEquals(Kind.NOT_FOUND, assertThrows(HostException.class, () -> host.guest("delta")).kind());
            }
            host.shutdown(TestHosts.BETA);
            assertEquals(GuestState.SHUTOFF, host.guest("beta").state());
            assertEquals(null, events.poll(300, TimeUnit.MILLISECONDS), "no events after unsubscribing");
        }
    }

    @Test
    void wrongStateIsConflict() throws HostException {
        try (Host host = LibvirtHosts.open(TestHosts.nodeUri(), true)) {
            HostException e = assertThrows(HostException.class, () -> host.start(TestHosts.ALPHA));
            assertEquals(Kind.CONFLICT, e.kind());
            assertTrue(e.getMessage().startsWith("cannot start guest 'alpha' on test://"), e.getMessage());
        }
    }

    @Test
    void badXmlIsInvalidXml() throws HostException {
        try (Host host = LibvirtHosts.open(TestHosts.nodeUri(), true)) {
            HostException e = assertThrows(HostException.class, () -> host.define("<domain type='kvm'><name>x"));
            assertEquals(Kind.INVALID_XML, e.kind());
            assertFalse(e.getMessage().contains("\n"), e.getMessage());
        }
    }

    @Test
    void readOnlyConnectionRefusesDefine() throws HostException {
        try (Host host = LibvirtHosts.open(TestHosts.nodeUri(), false)) {
            HostException e = assertThrows(HostException.class, () -> host.define(NEW_GUEST));
            assertEquals(Kind.READ_ONLY, e.kind());
            assertEquals("cannot define a guest on " + TestHosts.nodeUri()
                    + ": the connection is read-only (reconnect with write access)", e.getMessage());
        }
    }

    @Test
    void closeIsIdempotentAndLaterCallsSaySo() throws HostException {
        Host host = LibvirtHosts.open(TestHosts.DEFAULT, false);
        host.close();
        host.close();
        HostException e = assertThrows(HostException.class, host::guests);
        assertEquals(Kind.UNREACHABLE, e.kind());
        assertEquals("cannot list the guests on test:///default: the connection is closed (reconnect)",
                e.getMessage());
    }
}

package org.pvdm.host.libvirt;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pvdm.bench.NodeFiles;
import org.pvdm.host.GuestDefinition;
import org.pvdm.host.GuestState;
import org.pvdm.host.GuestSummary;
import org.pvdm.host.HostException;

/** Many guests: one listing, definitions read in parallel, and a sampler that parses each guest's XML once. */
class ScaleTest {

    @BeforeEach
    void libvirt() {
        TestHosts.assumeLibvirt();
    }

    @Test
    void definitionsComeInOrderWithTheRightTextAndPersistence(@TempDir Path dir) throws Exception {
        Path node = NodeFiles.write(dir.resolve("node.xml"), 40, "sc");
        try (LibvirtHost host = (LibvirtHost) LibvirtHosts.open("test://" + node, false)) {
            List<GuestSummary> guests = host.guests();
            assertEquals(40, guests.size());
            for (int i = 0; i < 40; i++) {
                assertEquals(NodeFiles.name("sc", i), guests.get(i).name());
                assertTrue(guests.get(i).persistent(), guests.get(i).name());
                assertEquals(NodeFiles.shutOff(i) ? GuestState.SHUTOFF : GuestState.RUNNING, guests.get(i).state());
            }
            List<GuestDefinition> defs = host.definitions(guests);
            assertEquals(40, defs.size());
            for (int i = 0; i < 40; i++) {
                GuestDefinition d = defs.get(i);
                assertNull(d.error());
                assertEquals(guests.get(i), d.guest());
                assertTrue(d.xml().contains("<name>" + NodeFiles.name("sc", i) + "</name>"), d.xml());
            }
        }
    }

    /**
     * The raw listing of a local host gives exactly what libvirt-java's calls give: every guest's facts (running,
     * shut off, transient) and its definition text, the inactive one of a persistent guest.
     */
    @Test
    void theRawListingAgreesWithLibvirtJavaOnEveryGuest(@TempDir Path dir) throws Exception {
        Path node = NodeFiles.write(dir.resolve("node.xml"), 200, "raw"); // enough for the listing to read in shares
        PvdmConnect conn = new PvdmConnect("test://" + node, null, 0);
        try (LibvirtHost host = (LibvirtHost) LibvirtHosts.open("test://" + node, false)) {
            conn.domainCreateXML(NodeFiles.xml(1, "transient").replace("<test:runstate>5</test:runstate>", "").replaceAll("(?s).*?(<domain .*?</domain>).*", "$1")
                    .replace(NodeFiles.uuid(0), "aaaaaaaa-0000-4000-8000-000000000001"), 0).free();
            Guests guests = new Guests(conn);
            List<GuestSummary> viaJava = new java.util.ArrayList<>();
            for (org.libvirt.Domain d : guests.domains(false)) {
                viaJava.add(Guests.summary(d));
                Guests.free(d);
            }
            List<GuestSummary> raw = RawListing.guests(conn.pointer());
            assertEquals(201, raw.size());
            assertEquals(new java.util.HashSet<>(viaJava), new java.util.HashSet<>(raw));
            assertTrue(raw.stream().anyMatch(g -> !g.persistent() && g.state() == GuestState.RUNNING && g.id() > 0), raw.toString());
            java.util.Set<GuestDefinition> handed = java.util.concurrent.ConcurrentHashMap.newKeySet();
            List<GuestDefinition> rawDefs = RawListing.definitions(conn.pointer(), handed::add);
            assertEquals(new java.util.HashSet<>(rawDefs), handed, "every definition handed over once it was read");
            List<GuestDefinition> javaDefs = Definitions.read(guests, "test", raw, false);
            for (int i = 0; i < raw.size(); i++) {
                GuestSummary g = rawDefs.get(i).guest();
                String viaLibvirtJava = javaDefs.stream().filter(d -> d.guest().equals(g)).findFirst().orElseThrow().xml();
                assertEquals(viaLibvirtJava, rawDefs.get(i).xml(), g.name());
            }
            assertEquals(host.definitions(host.guests()), host.allDefinitions());
        } finally {
            conn.close();
        }
    }

    @Test
    void aGuestThatIsGoneHasItsOwnErrorAndTheOthersStillCome() throws Exception {
        try (LibvirtHost host = (LibvirtHost) LibvirtHosts.open(TestHosts.DEFAULT, false)) {
            GuestSummary real = host.guests().get(0);
            GuestSummary ghost = new GuestSummary("ghost", "00000000-0000-4000-8000-0000000000ff", GuestState.SHUTOFF,
                    -1, true);
            List<GuestDefinition> defs = host.definitions(List.of(ghost, real));
            assertNotNull(defs.get(0).error());
            assertEquals(HostException.Kind.NOT_FOUND, defs.get(0).error().kind());
            assertTrue(defs.get(0).error().getMessage().contains("ghost"), defs.get(0).error().getMessage());
            assertNotNull(defs.get(1).xml());
        }
    }

    @Test
    void theTestDriverSamplerParsesEachGuestsXmlOnceOverManyTicks(@TempDir Path dir) throws Exception {
        Path node = NodeFiles.write(dir.resolve("node.xml"), 30, "st");
        try (LibvirtHost host = (LibvirtHost) LibvirtHosts.open("test://" + node, false)) {
            LibvirtStats stats = (LibvirtStats) host.stats();
            for (int i = 0; i < 12; i++) {
                assertEquals(20, stats.sample(List.of()).guests().size()); // the 20 running guests
            }
            assertEquals(20, stats.xmlParses());
            assertTrue(RawLib.available(), "the per-device tick takes the direct JNA binding, not libvirt-java");
        }
    }

    @Test
    void aStoppedGuestLeavesTheDeviceCacheWithoutScanningAList() {
        DeviceCache cache = new DeviceCache(false);
        for (String uuid : List.of("a", "b", "c")) {
            assertNotNull(assertDoesNotThrow(() -> cache.get(uuid, 1, () -> "<domain><devices/></domain>")));
        }
        cache.retain(List.of("c", "a"));
        assertDoesNotThrow(() -> cache.get("b", 1, () -> "<domain><devices/></domain>"));
        assertEquals(4, cache.parses(), "b was dropped and parsed again; a and c were kept");
        assertDoesNotThrow(() -> cache.get("a", 1, () -> "<domain><devices/></domain>"));
        assertEquals(4, cache.parses());
    }

    @Test
    void oneBulkCallGivesTheSameStatesAsAskingEachGuest(@TempDir Path dir) throws Exception {
        Path node = NodeFiles.write(dir.resolve("node.xml"), 9, "bs");
        try (LibvirtHost host = (LibvirtHost) LibvirtHosts.open("test://" + node, false)) {
            java.util.Map<String, GuestState> states = States.all(host.connection(), (LibvirtStats) host.stats());
            assertNotNull(states);
            assertEquals(9, states.size());
            for (GuestSummary g : host.guests()) {
                assertEquals(g.state(), states.get(g.uuid()), g.name());
            }
        }
    }

    @Test
    void remoteUrisAreThoseWithATransportOrAHost() {
        assertTrue(States.remote("qemu+tcp://127.0.0.1:16509/system"));
        assertTrue(States.remote("qemu+ssh://root@h/system"));
        assertTrue(States.remote("qemu://h/system"));
        assertTrue(!States.remote("qemu:///system"));
        assertTrue(!States.remote("test:///default"));
        assertTrue(!States.remote("demo"));
    }
}

package org.pvdm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pvdm.host.GuestSummary;
import org.pvdm.host.Host;
import org.pvdm.host.HostException;
import org.pvdm.host.libvirt.LibvirtHosts;
import org.pvdm.switching.HostAccess;
import org.pvdm.testsupport.ReadOnlySocket;

/**
 * libvirtd's read-only socket accepts a connection opened "writable" and refuses only the writes: pvdm must find
 * that out before it writes anything, and its probe must change nothing on a writable connection. Runs on the
 * machine's libvirtd (qemu:///system) with a shut-off guest of its own; skips when there is none.
 */
class ReadOnlySocketTest {
    static final String NAME = "s4access-writeprobe";
    static final String UUID = "5a4acce5-0000-4000-8000-0000000000a1";
    static final String XML = ReadOnlySocket.guestXml(NAME, UUID);

    private static Host admin;

    @TempDir
    Path data;

    @BeforeAll
    static void defineTheGuest() throws HostException {
        admin = ReadOnlySocket.define(XML);
    }

    @AfterAll
    static void undefineTheGuest() {
        ReadOnlySocket.undefine(admin, UUID);
    }

    @BeforeEach
    void keepBackupsApart() {
        System.setProperty("pvdm.data.home", data.toString());
    }

    @AfterEach
    void restore() {
        System.clearProperty("pvdm.data.home");
    }

    @Test
    void thePlanOnTheReadOnlySocketSaysTheHostIsReadOnly() throws Exception {
        CliRun plan = CliRun.of("plan", "-c", ReadOnlySocket.RO_URI, NAME);
        assertEquals(ExitCodes.OK, plan.exit(), plan.err());
        String line = plan.out().lines().filter(l -> l.contains("write-access")).findFirst().orElse("");
        assertTrue(line.startsWith("  [BLOCK] write-access: cannot write to " + ReadOnlySocket.RO_URI + ": libvirtd serves this"
                + " connection read-only"), plan.out());
        assertTrue(line.contains("connect through its read-write socket"), line);
    }

    @Test
    void convertOnTheReadOnlySocketWritesNothing() throws Exception {
        String before = admin.inactiveXml(UUID);
        CliRun convert = CliRun.of("convert", "-c", ReadOnlySocket.RO_URI, NAME, "--yes");
        assertEquals(ExitCodes.DENIED, convert.exit(), convert.out() + convert.err());
        assertTrue(convert.oneLineError(), convert.err());
        assertTrue(convert.err().contains("refused, nothing was changed: write-access: cannot write to " + ReadOnlySocket.RO_URI
                + ": libvirtd serves this connection read-only"), convert.err());
        assertFalse(convert.out().contains("backup written"), convert.out());
        try (Stream<Path> files = Files.walk(data)) {
            assertEquals(List.of(data), files.toList(), "no backup, no journal, no lock");
        }
        assertEquals(before, admin.inactiveXml(UUID));
    }

    @Test
    void aBatchOnTheReadOnlySocketWritesNothingEither() throws Exception {
        String before = admin.inactiveXml(UUID);
        CliRun convert = CliRun.of("convert", "-c", ReadOnlySocket.RO_URI, NAME, NAME, "--yes");
        assertEquals(ExitCodes.DENIED, convert.exit(), convert.out() + convert.err());
        assertTrue(convert.out().contains(NAME) && convert.out().contains("refused")
                && convert.out().contains("libvirtd serves this connection read-only"), convert.out());
        try (Stream<Path> files = Files.walk(data)) {
            assertEquals(List.of(data), files.toList(), "no backup, no journal, no lock");
        }
        assertEquals(before, admin.inactiveXml(UUID));
    }

    @Test
    void theProbeOnTheWritableSocketChangesNothing() throws Exception {
        Map<String, String> before = everyDefinition();
        HostAccess access = new HostAccess(LibvirtHosts::open);
        HostAccess.Opened opened = access.open(ReadOnlySocket.URI);
        try (Host host = opened.host()) {
            assertTrue(opened.access().ok(), opened.access().problem());
            assertFalse(host.readOnly());
        }
        try (Host readOnly = LibvirtHosts.open(ReadOnlySocket.URI, false)) {
            assertTrue(access.probe(readOnly).ok(), "a plan's probe through a writable connection");
        }
        assertEquals(before, everyDefinition());
    }

    /** Every guest by UUID with its persistent definition (live for a transient one). */
    private static Map<String, String> everyDefinition() throws HostException {
        Map<String, String> out = new LinkedHashMap<>();
        List<GuestSummary> guests = new ArrayList<>(admin.guests());
        for (GuestSummary g : guests) {
            out.put(g.uuid() + " " + g.name(), g.persistent() ? admin.inactiveXml(g.uuid()) : admin.liveXml(g.uuid()));
        }
        return out;
    }
}

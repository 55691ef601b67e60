package org.pvdm.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pvdm.host.HostException;

/** Replies recorded from qemu-ga 7.2 in the lab guest (virsh qemu-agent-command), replayed. */
class AgentProbeTest {
    private static String resource(String name) throws IOException {
        try (InputStream in = AgentProbeTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        }
    }

    /** Answers like the lab guest's agent; records what pvdm asked. */
    private static final class LabAgent implements GuestAgent {
        final List<String> asked = new ArrayList<>();
        final String osinfo;
        final String modules;

        LabAgent() throws IOException {
            this("lab-proc-modules-read.json");
        }

        LabAgent(String modulesReply) throws IOException {
            osinfo = resource("lab-osinfo.json");
            modules = resource(modulesReply);
        }

        @Override
        public String command(String json) throws HostException {
            asked.add(json);
            if (json.contains("guest-get-osinfo")) {
                return osinfo;
            }
            if (json.contains("guest-file-open") && json.contains("/proc/modules")) {
                return "{\"return\":1000}";
            }
            if (json.contains("guest-file-open")) {
                throw new HostException(HostException.Kind.OTHER, "failed to open file: No such file or directory");
            }
            if (json.contains("guest-file-read")) {
                return modules;
            }
            if (json.contains("guest-file-close")) {
                return "{\"return\":{}}";
            }
            throw new HostException(HostException.Kind.OTHER, "Command has been disabled");
        }
    }

    @Test
    void theLabGuestsAgentShowsVirtioBlkAndNetLoaded() throws IOException {
        LabAgent agent = new LabAgent();
        AgentFacts f = AgentProbe.probe(agent);
        assertTrue(f.answered());
        assertEquals("6.1.0-57-amd64", f.kernel());
        Evidence disk = f.find(PvKind.DISK).orElseThrow();
        assertEquals(ReadyVerdict.READY, disk.finding(), disk.text());
        assertTrue(disk.text().contains("virtio_blk is loaded in kernel 6.1.0-57-amd64"), disk.text());
        assertEquals(ReadyVerdict.READY, f.find(PvKind.NIC).orElseThrow().finding());
        assertEquals(ReadyVerdict.UNKNOWN, f.find(PvKind.SCSI).orElseThrow().finding(), "virtio_scsi is not loaded");
        assertTrue(agent.asked.stream().noneMatch(a -> a.contains("guest-exec") || a.contains("\"w")),
                "only read-only commands: " + agent.asked);
        assertTrue(agent.asked.stream().anyMatch(a -> a.contains("guest-file-close")), "the handle is closed");
    }

    @Test
    void theNoVirtioTwinsAgentShowsNoVirtioBlkAndSaysWhatCannotBeSeen() throws IOException {
        AgentFacts f = AgentProbe.probe(new LabAgent("novirtio-proc-modules-read.json"));
        Evidence disk = f.find(PvKind.DISK).orElseThrow();
        assertEquals(ReadyVerdict.UNKNOWN, disk.finding(), disk.text());
        assertTrue(disk.text().contains("virtio_blk is not loaded") && disk.text().contains("pvdm try"), disk.text());
        assertEquals(ReadyVerdict.READY, f.find(PvKind.NIC).orElseThrow().finding());
    }

    @Test
    void aSilentAgentIsSaidNotGuessed() {
        AgentFacts f = AgentProbe.probe(json -> {
            throw new HostException(HostException.Kind.OTHER, "Guest agent is not responding");
        });
        assertFalse(f.answered());
        Evidence e = f.find(PvKind.DISK).orElseThrow();
        assertEquals(ReadyVerdict.UNKNOWN, e.finding());
        assertTrue(e.text().contains("not responding"), e.text());
    }

    @Test
    void windowsDriversComeFromGuestGetDevices() {
        // No Windows guest runs here: this reply follows qemu-ga's QAPI schema for guest-get-devices
        // (GuestDeviceInfo: driver-name, driver-date, driver-version, id {type: pci, vendor-id, device-id}).
        String devices = "{\"return\":[{\"driver-name\":\"Red Hat VirtIO SCSI controller\",\"driver-date\":1597276800000000000,"
                + "\"driver-version\":\"100.85.104.20800\",\"id\":{\"type\":\"pci\",\"vendor-id\":6900,\"device-id\":4097}},"
                + "{\"driver-name\":\"Intel(R) PRO/1000 MT Network Connection\",\"id\":{\"type\":\"pci\",\"vendor-id\":32902,"
                + "\"device-id\":4110}}]}";
        AgentFacts f = AgentProbe.probe(json -> json.contains("osinfo")
                ? "{\"return\":{\"id\":\"mswindows\",\"pretty-name\":\"Windows Server 2016 Standard\",\"kernel-release\":\"14393\"}}"
                : devices);
        Evidence disk = f.find(PvKind.DISK).orElseThrow();
        assertEquals(ReadyVerdict.READY, disk.finding(), disk.text());
        assertTrue(disk.text().contains("1af4/1001"), disk.text());
        assertEquals(ReadyVerdict.UNKNOWN, f.find(PvKind.NIC).orElseThrow().finding(), "e1000 is not netkvm");
    }

    @Test
    void hostileRepliesReadAsCouldNotTell() {
        String deep = "{\"return\":" + "[".repeat(5000) + "]".repeat(5000) + "}";
        assertFalse(AgentProbe.probe(json -> deep).answered());
        assertFalse(AgentProbe.probe(json -> "not json").answered());
        assertFalse(AgentProbe.probe(json -> "{\"error\":{\"desc\":\"nope\"}}").answered());
        AgentFacts f = AgentProbe.probe(json -> json.contains("osinfo") ? "{\"return\":{\"id\":\"x\",\"kernel-release\":"
                + "\"../../etc\"}}" : "{\"return\":{\"count\":3,\"buf-b64\":\"!!!\",\"eof\":true}}");
        assertEquals(ReadyVerdict.UNKNOWN, f.find(PvKind.DISK).orElseThrow().finding());
    }
}

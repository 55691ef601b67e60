package org.pvdm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XmlInspectCliTest {
    @TempDir
    Path dir;

    private Path write(String name, String content) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, content);
        return p;
    }

    @Test
    void inspectsAFileAsJsonWithTheStableKeys() throws Exception {
        Path f = write("g.xml", "<domain type='kvm'><name>g</name><uuid>11111111-2222-3333-4444-555555555555</uuid>"
                + "<os><type arch='x86_64'>hvm</type></os><devices><disk type='file' device='disk'>"
                + "<target dev='hda' bus='ide'/></disk><interface type='network'><mac address='52:54:00:00:00:01'/>"
                + "<model type='e1000'/></interface></devices></domain>");
        CliRun r = CliRun.of("xml", "inspect", "--json", f.toString());
        assertEquals(0, r.exit(), r.err());
        JsonNode g = Json.MAPPER.readTree(r.out()).get(0);
        assertEquals("g", g.get("name").asText());
        assertEquals("KVM/QEMU", g.get("hypervisor").asText());
        JsonNode disk = g.get("devices").get(0);
        assertEquals("disk", disk.get("kind").asText());
        assertEquals("hda", disk.get("name").asText());
        assertEquals("ide", disk.get("bus").asText());
        assertEquals("emulated", disk.get("status").asText());
        assertTrue(disk.get("convertible").asBoolean());
        assertEquals("virtio", disk.get("suggestion").asText());
        JsonNode nic = g.get("devices").get(1);
        assertEquals("52:54:00:00:00:01", nic.get("name").asText());
        assertEquals("e1000", nic.get("model").asText());
    }

    @Test
    void malformedXmlIsOneLineWithExit7() throws Exception {
        Path f = write("bad.xml", "<domain><name>x</domain>");
        CliRun r = CliRun.of("xml", "inspect", f.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exit());
        assertTrue(r.err().startsWith("pvdm: " + f + ": line 1: not well-formed XML"), r.err());
        assertTrue(r.oneLineError(), r.err());
    }

    @Test
    void hostileXmlIsRefused() throws Exception {
        Path f = write("xxe.xml", "<!DOCTYPE d [<!ENTITY x SYSTEM 'file:///etc/passwd'>]><domain><name>&x;</name></domain>");
        CliRun r = CliRun.of("xml", "inspect", f.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exit());
        assertTrue(r.err().contains("DOCTYPE"), r.err());
        assertTrue(!r.out().contains("root:"), "the entity was never read");
    }

    @Test
    void anEmptyFileNameIsAUsageErrorNotTheCurrentFolder() {
        CliRun r = CliRun.of("xml", "inspect", "");
        assertEquals(ExitCodes.USAGE, r.exit(), r.err());
        assertTrue(r.err().contains("an empty file name"), r.err());
        assertTrue(r.oneLineError(), r.err());
    }

    @Test
    void aFileThatIsNotADomainIsNamed() throws Exception {
        Path f = write("net.xml", "<network><name>default</name></network>");
        CliRun r = CliRun.of("xml", "inspect", f.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exit());
        assertTrue(r.err().contains("not a libvirt domain XML: the root element is <network>"), r.err());
    }

    @Test
    void aMissingFileIsNotFoundAndTheOthersStillRun() throws Exception {
        Path good = write("ok.xml", "<domain type='xen'><name>p</name><os><type>linux</type></os></domain>");
        CliRun r = CliRun.of("xml", "inspect", dir.resolve("nope.xml").toString(), good.toString());
        assertEquals(ExitCodes.NOT_FOUND, r.exit());
        assertTrue(r.err().contains("nope.xml: no such file"), r.err());
        assertTrue(r.out().contains("Xen PV"), r.out());
    }

    @Test
    void unknownOptionIsAUsageError() {
        CliRun r = CliRun.of("list", "--frobnicate");
        assertEquals(ExitCodes.USAGE, r.exit());
    }

    @Test
    void helpListsEveryCommandAndTheExitCodes() {
        CliRun r = CliRun.of("--help");
        assertEquals(0, r.exit());
        for (String word : new String[] {"list", "inspect", "plan", "convert", "apply", "backups", "rollback",
            "stats", "record", "compare", "lab", "xml", "Exit codes:", "permission denied"}) {
            assertTrue(r.out().contains(word), "help mentions " + word + ":\n" + r.out());
        }
        CliRun sub = CliRun.of("rollback", "--help");
        assertEquals(0, sub.exit(), sub.err());
        assertTrue(sub.out().contains("--to=ID") && sub.out().contains("Exit codes:"), sub.out());
    }
}

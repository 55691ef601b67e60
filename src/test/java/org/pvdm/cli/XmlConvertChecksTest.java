package org.pvdm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pvdm.model.domain.Domain;

/** xml convert applies plan's checks: blocked changes are not made and are said; one bad file never stops the rest. */
class XmlConvertChecksTest {
    @TempDir
    Path tmp;

    static Path fixture(String name) throws URISyntaxException {
        return Path.of(XmlConvertChecksTest.class.getResource("convert/" + name).toURI());
    }

    private static List<String> lines(String s) {
        return s.lines().filter(l -> !l.isBlank()).toList();
    }

    @Test
    void windowsBootDiskWithoutProofIsUntouchedExit3AndOneLineSaysWhy() throws Exception {
        CliRun r = CliRun.of("xml", "convert", fixture("win-ide-boot.xml").toString());
        assertEquals(ExitCodes.REFUSED, r.exit(), r.err());
        Domain result = Domain.parse(r.out());
        assertEquals("ide", result.disk("hda").orElseThrow().bus(), "the boot disk stays on IDE");
        assertTrue(result.disk("hda").orElseThrow().address().isPresent(), "its address too");
        assertEquals("virtio", result.disks().get(1).bus(), "the data disk is switched: " + r.out());
        assertEquals("virtio", result.nics().get(0).model(), "the NIC is switched");
        List<String> why = lines(r.err()).stream().filter(l -> l.contains("hda")).toList();
        assertEquals(1, why.size(), r.err());
        assertTrue(why.get(0).contains("0x7B") && why.get(0).contains("--drivers-installed"), why.get(0));
        assertTrue(r.oneLineErrorPerLine(), r.err());
    }

    @Test
    void driversInstalledLiftsTheBlockAsForPlan() throws Exception {
        CliRun r = CliRun.of("xml", "convert", "--drivers-installed", fixture("win-ide-boot.xml").toString());
        assertEquals(ExitCodes.OK, r.exit(), r.err());
        Domain result = Domain.parse(r.out());
        assertEquals("virtio", result.disks().get(0).bus(), "the boot disk is switched");
        assertEquals("vda", result.disks().get(0).target());
        assertTrue(r.err().contains("warning: boot-driver"), "the admin's word is repeated as a warning: " + r.err());
    }

    @Test
    void nothingElseToSwitchRefusesTheFileWhole() throws Exception {
        Path out = tmp.resolve("out");
        CliRun r = CliRun.of("xml", "convert", "--out", out.toString(), fixture("win-boot-only.xml").toString());
        assertEquals(ExitCodes.REFUSED, r.exit(), r.err());
        assertFalse(Files.exists(out.resolve("win-boot-only.xml")), "a refused file is not written");
        assertTrue(r.err().contains("refused") && r.err().contains("0x7B"), r.err());
    }

    @Test
    void anOsOlderThanVirtioKeepsItsDevicesUnlessTheAdminSaysOtherwise() throws Exception {
        CliRun r = CliRun.of("xml", "convert", fixture("dos-ide.xml").toString());
        assertEquals(ExitCodes.REFUSED, r.exit(), r.err());
        assertEquals("", r.out(), "refused whole: nothing on stdout");
        assertEquals(2, lines(r.err()).stream().filter(l -> l.contains("os-predates-pv")).count(), r.err());
        CliRun yes = CliRun.of("xml", "convert", "--drivers-installed", fixture("dos-ide.xml").toString());
        assertEquals(ExitCodes.OK, yes.exit(), yes.err());
        assertEquals("virtio", Domain.parse(yes.out()).disks().get(0).bus());
    }

    @Test
    void oneBadFileNeverStopsTheBatchAndJsonSaysWhatHappenedToEach() throws Exception {
        Path broken = Files.writeString(tmp.resolve("broken.xml"), "<domain type='kvm'><name>x</name><devices>");
        Path out = tmp.resolve("out");
        List<String> args = new ArrayList<>(List.of("xml", "convert", "--json", "--out", out.toString()));
        args.add(fixture("untyped-address.xml").toString());
        args.add(broken.toString());
        args.add(tmp.resolve("missing.xml").toString());
        args.add(fixture("win-ide-boot.xml").toString());
        CliRun r = CliRun.of(args.toArray(String[]::new));
        assertEquals(ExitCodes.BAD_INPUT, r.exit(), "the first failure's code: " + r.err());
        assertTrue(Files.exists(out.resolve("untyped-address.xml")), "the file before the bad one is written");
        assertTrue(Files.exists(out.resolve("win-ide-boot.xml")), "the file after the bad ones is written");
        JsonNode files = Json.MAPPER.readTree(r.out());
        assertEquals(4, files.size());
        assertEquals("converted", files.get(0).get("status").asText());
        assertEquals("failed", files.get(1).get("status").asText());
        assertEquals(ExitCodes.BAD_INPUT, files.get(1).get("exit").asInt());
        assertEquals("failed", files.get(2).get("status").asText());
        assertEquals(ExitCodes.NOT_FOUND, files.get(2).get("exit").asInt());
        JsonNode win = files.get(3);
        for (String key : List.of("file", "status", "guest", "uuid", "changes", "checks", "refused", "blocked", "diff",
                "output", "exit")) {
            assertTrue(win.has(key), key + " in " + win);
        }
        assertTrue(win.get("blocked").asBoolean());
        JsonNode refused = win.get("refused").get(0);
        assertEquals("hda", refused.get("device").asText());
        assertTrue(refused.get("blocked").asBoolean());
        for (JsonNode c : win.get("changes")) {
            for (String key : List.of("device", "from", "to", "reason")) {
                assertTrue(c.has(key), "plan --json's change shape: " + c);
            }
        }
        boolean block = false;
        for (JsonNode c : win.get("checks")) {
            for (String key : List.of("id", "verdict", "message", "devices")) {
                assertTrue(c.has(key), "plan --json's check shape: " + c);
            }
            block |= c.get("id").asText().equals("boot-driver") && c.get("verdict").asText().equals("block");
        }
        assertTrue(block, "the block is among the checks");
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void aCdromNotAskedForIsSaidOnStderrAndInJson() throws Exception {
        Path in = Files.writeString(tmp.resolve("cd.xml"), """
                <domain type='kvm'>
                  <name>cd</name>
                  <os><type arch='x86_64' machine='pc-q35-7.2'>hvm</type></os>
                  <devices>
                    <disk type='file' device='cdrom'><source file='/srv/x.iso'/><target dev='sda' bus='sata'/><readonly/></disk>
                  </devices>
                </domain>
                """);
        CliRun r = CliRun.of("xml", "convert", "--json", in.toString());
        assertEquals(ExitCodes.OK, r.exit(), r.err());
        assertTrue(r.err().contains("sda left alone: CD-ROM"), r.err());
        JsonNode refused = Json.MAPPER.readTree(r.out()).get(0).get("refused");
        assertEquals("sda", refused.get(0).get("device").asText());
        assertFalse(refused.get(0).get("blocked").asBoolean());
    }

    @Test
    void hostSideNicsAreSaidAsLeftAloneInTextAndJson() throws Exception {
        String nics = """
                    <interface type='hostdev' managed='yes'><mac address='52:54:00:00:00:01'/>
                      <source><address type='pci' domain='0x0000' bus='0x03' slot='0x07' function='0x1'/></source></interface>
                    <interface type='vhostuser'><mac address='52:54:00:00:00:02'/>
                      <source type='unix' path='/run/vhost.sock' mode='server'/><model type='virtio'/></interface>
                    <interface type='vdpa'><mac address='52:54:00:00:00:03'/><source dev='/dev/vhost-vdpa-0'/></interface>
                """;
        Path mixed = Files.writeString(tmp.resolve("mixed.xml"), "<domain type='kvm'><name>mixed</name>"
                + "<os><type arch='x86_64' machine='pc-q35-7.2'>hvm</type></os><devices>"
                + "<disk type='file' device='disk'><source file='/srv/a.img'/><target dev='hda' bus='ide'/></disk>"
                + nics + "</devices></domain>");
        Path only = Files.writeString(tmp.resolve("only.xml"), "<domain type='kvm'><name>only</name>"
                + "<os><type arch='x86_64' machine='pc-q35-7.2'>hvm</type></os><devices>" + nics + "</devices></domain>");
        List<String> macs = List.of("52:54:00:00:00:01", "52:54:00:00:00:02", "52:54:00:00:00:03");
        List<String> types = List.of("hostdev", "vhost-user", "vDPA");

        CliRun text = CliRun.of("xml", "convert", "--out", tmp.resolve("out").toString(), mixed.toString(),
                only.toString());
        assertEquals(ExitCodes.OK, text.exit(), text.err());
        for (Path file : List.of(mixed, only)) {
            for (String mac : macs) {
                assertTrue(text.err().contains(file + ": " + mac + " left alone: passthrough or host-side NIC"),
                        text.err());
            }
        }

        CliRun json = CliRun.of("xml", "convert", "--json", mixed.toString(), only.toString());
        assertEquals(ExitCodes.OK, json.exit(), json.err());
        JsonNode files = Json.MAPPER.readTree(json.out());
        assertEquals("converted", files.get(0).get("status").asText());
        assertEquals("unchanged", files.get(1).get("status").asText());
        for (JsonNode f : files) {
            JsonNode refused = f.get("refused");
            assertEquals(3, refused.size(), refused.toString());
            for (int i = 0; i < 3; i++) {
                assertEquals(macs.get(i), refused.get(i).get("device").asText());
                assertEquals("NIC", refused.get(i).get("kind").asText().toUpperCase(java.util.Locale.ROOT));
                assertFalse(refused.get(i).get("blocked").asBoolean());
                assertTrue(refused.get(i).get("reason").asText().contains(types.get(i)), refused.get(i).toString());
            }
            List<String> leftAlone = new ArrayList<>();
            f.get("checks").forEach(c -> {
                if (c.get("id").asText().equals("left-alone")) {
                    leftAlone.add(c.get("devices").get(0).asText());
                }
            });
            assertEquals(macs, leftAlone, f.get("checks").toString());
        }
    }
}

package org.pvdm.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pvdm.model.xml.XmlParser;

/** `xml convert` output files are faithful to their inputs: encoding, bytes, mode, names, depth, errors. */
class XmlConvertFilesCliTest {
    private static final String GOLDEN = "/org/pvdm/cli/faithful/";
    private static final String IDE_GUEST = "<domain type='kvm'>\n  <name>g</name>\n  <os>\n    <type arch='x86_64'"
            + " machine='pc-i440fx-7.2'>hvm</type>\n  </os>\n  <devices>\n    <disk type='file' device='disk'>\n"
            + "      <target dev='hda' bus='ide'/>\n    </disk>\n  </devices>\n</domain>\n";

    @TempDir
    Path dir;

    private Path golden(String name) throws Exception {
        Path p = dir.resolve("in").resolve(name);
        Files.createDirectories(p.getParent());
        try (InputStream in = getClass().getResourceAsStream(GOLDEN + name)) {
            Files.write(p, in.readAllBytes());
        }
        return p;
    }

    private byte[] goldenBytes(String name) throws Exception {
        try (InputStream in = getClass().getResourceAsStream(GOLDEN + name)) {
            return in.readAllBytes();
        }
    }

    private Path write(String name, String content) throws Exception {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, content);
    }

    @Test
    void eachEncodingIsWrittenBackAsTheGoldenFileSays() throws Exception {
        String[] cases = {"latin1", "utf16le-bom", "utf16be-bom", "utf8-bom-crlf"};
        List<String> args = new ArrayList<>(List.of("xml", "convert", "--out", dir.resolve("out").toString()));
        for (String c : cases) {
            args.add(golden(c + "-in.xml").toString());
        }
        args.add(golden("unchanged-in.xml").toString());
        CliRun r = CliRun.of(args.toArray(String[]::new));
        assertEquals(0, r.exit(), r.err());
        for (String c : cases) {
            assertArrayEquals(goldenBytes(c + "-out.xml"), Files.readAllBytes(dir.resolve("out/" + c + "-in.xml")), c);
        }
        assertArrayEquals(goldenBytes("unchanged-in.xml"), Files.readAllBytes(dir.resolve("out/unchanged-in.xml")),
                "a file with nothing to convert is written byte for byte");
        String latin1 = new String(Files.readAllBytes(dir.resolve("out/latin1-in.xml")), StandardCharsets.ISO_8859_1);
        assertTrue(latin1.contains("<source file='/var/lib/libvirt/images/\u00e9t\u00e9-syst\u00e8me.qcow2'/>"), latin1);
    }

    @Test
    void standardOutputIsUtf8AndItsDeclarationSaysSo() throws Exception {
        CliRun r = CliRun.of("xml", "convert", golden("latin1-in.xml").toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("<?xml version='1.0' encoding='UTF-8'?>\n"), r.out());
        assertTrue(r.out().contains("<name>d\u00e9mo-g\u00e4st</name>") && r.out().contains("bus='virtio'"), r.out());
    }

    @Test
    void everyOutputKeepsItsInputsMode() throws Exception {
        Path a = write("a.xml", IDE_GUEST);
        Path b = write("b.xml", IDE_GUEST.replace("bus='ide'", "bus='virtio'").replace("hda", "vda"));
        Files.setPosixFilePermissions(a, PosixFilePermissions.fromString("rw-r-----"));
        Files.setPosixFilePermissions(b, PosixFilePermissions.fromString("rw----r--"));
        CliRun r = CliRun.of("xml", "convert", "--out", dir.resolve("out").toString(), a.toString(), b.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("out/a.xml"))));
        assertEquals("rw----r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("out/b.xml"))));
    }

    @Test
    void twoInputsWithOneNameAreRefusedBeforeAnythingIsWritten() throws Exception {
        Path first = write("x.xml", IDE_GUEST);
        Path a = write("a/g.xml", IDE_GUEST);
        Path b = write("b/g.xml", IDE_GUEST.replace("<name>g</name>", "<name>other</name>"));
        Path out = dir.resolve("out");
        CliRun r = CliRun.of("xml", "convert", "--out", out.toString(), first.toString(), a.toString(), b.toString());
        assertEquals(ExitCodes.USAGE, r.exit());
        assertTrue(r.oneLineError(), r.err());
        assertTrue(r.err().contains(a.toString()) && r.err().contains(b.toString()) && r.err().contains("nothing was written"), r.err());
        assertFalse(Files.exists(out), "nothing written, not even the folder");
    }

    @Test
    void anOutputThatWouldReplaceItsInputIsRefusedBeforeAnythingIsWritten() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        Path other = write("x.xml", IDE_GUEST);
        Path inside = write("out/g.xml", IDE_GUEST);
        CliRun r = CliRun.of("xml", "convert", "--out", out.toString(), other.toString(), inside.toString());
        assertEquals(ExitCodes.USAGE, r.exit());
        assertTrue(r.err().contains("would overwrite the input"), r.err());
        assertFalse(Files.exists(out.resolve("x.xml")), "the first file was not written either");
        assertEquals(IDE_GUEST, Files.readString(inside));
    }

    @Test
    void aSymlinkWhereTheOutputGoesIsReplacedNotWrittenThrough() throws Exception {
        Path victim = write("victim.txt", "keep me");
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.createSymbolicLink(out.resolve("g.xml"), victim);
        CliRun r = CliRun.of("xml", "convert", "--out", out.toString(), write("g.xml", IDE_GUEST).toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("keep me", Files.readString(victim));
        assertFalse(Files.isSymbolicLink(out.resolve("g.xml")));
        assertTrue(Files.readString(out.resolve("g.xml")).contains("bus='virtio'"));
        try (Stream<Path> s = Files.list(out)) {
            assertEquals(1, s.count(), "no temporary file left behind");
        }
    }

    @Test
    void aFiveThousandLevelDeepFileConverts() throws Exception {
        int depth = 5_000;
        Path deep = write("deep.xml", IDE_GUEST.replace("</domain>", "  <metadata>" + "<x>".repeat(depth)
                + "leaf" + "</x>".repeat(depth) + "</metadata>\n</domain>"));
        CliRun r = CliRun.of("xml", "convert", "--out", dir.resolve("out").toString(), deep.toString());
        assertEquals(0, r.exit(), r.err());
        String written = Files.readString(dir.resolve("out/deep.xml"));
        assertTrue(written.contains("bus='virtio'") && written.contains("<x>".repeat(depth)), "converted, metadata kept");
        XmlParser.parse(written);
    }

    @Test
    void aTruncatedFileIsOneLineSayingTruncated() throws Exception {
        Path cut = write("cut.xml", IDE_GUEST.substring(0, IDE_GUEST.indexOf("<target")));
        CliRun r = CliRun.of("xml", "convert", cut.toString());
        assertTrue(r.exit() != 0);
        assertTrue(r.oneLineError(), r.err());
        assertTrue(r.err().contains("not well-formed (truncated?)") && !r.err().contains("DOCTYPE"), r.err());
        assertFalse(r.err().contains("[Fatal Error]"), r.err());
    }

    @Test
    void inspectJsonGivesAnErrorObjectForAFileThatFailed() throws Exception {
        Path good = write("good.xml", IDE_GUEST);
        Path bad = Files.write(dir.resolve("bad.xml"), new byte[] {'<', 'd', 'o', 'm', 'a', 'i', 'n', '>', (byte) 0xFF});
        CliRun r = CliRun.of("xml", "inspect", "--json", good.toString(), bad.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exit());
        JsonNode all = Json.MAPPER.readTree(r.out());
        assertEquals(2, all.size(), r.out());
        assertEquals("g", all.get(0).get("name").asText());
        JsonNode err = all.get(1);
        assertEquals(bad.toString(), err.get("file").asText());
        assertEquals(ExitCodes.BAD_INPUT, err.get("exit").asInt());
        assertTrue(err.get("error").asText().contains("byte offset 8"), err.toString());
    }
}

package org.pvdm.model.xml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Output goes back in the encoding, byte order mark and line ends the input had, and text survives. */
class XmlEncodingTest {
    private static final String BODY = "<domain type='kvm'>\n  <name>d\u00e9mo</name>\n"
            + "  <description>Z\u00fcrich \u00e0 l\u00e0</description>\n"
            + "  <devices>\n    <disk><source file='/img/\u00e9t\u00e9.qcow2'/><target dev='hda' bus='ide'/></disk>\n"
            + "  </devices>\n</domain>\n";

    private static XmlDocument changed(byte[] input) throws XmlException {
        XmlDocument doc = XmlParser.parse(input);
        XmlDocument copy = doc.copy();
        XmlElement target = copy.root().path("devices/disk/target").orElseThrow();
        target.setAttr("dev", "vda").setAttr("bus", "virtio");
        return copy;
    }

    @Test
    void latin1InputIsWrittenInLatin1WithItsTextIntact() throws Exception {
        byte[] in = ("<?xml version='1.0' encoding='ISO-8859-1'?>\n" + BODY).getBytes(StandardCharsets.ISO_8859_1);
        XmlDocument doc = XmlParser.parse(in);
        assertEquals("d\u00e9mo", doc.root().child("name").orElseThrow().text());
        assertEquals(StandardCharsets.ISO_8859_1, doc.source().charset());
        byte[] out = XmlOutput.bytes(doc, changed(in));
        String text = new String(out, StandardCharsets.ISO_8859_1);
        assertEquals(("<?xml version='1.0' encoding='ISO-8859-1'?>\n" + BODY).replace("dev='hda' bus='ide'",
                "dev='vda' bus='virtio'"), text);
    }

    @Test
    void aCharacterTheEncodingLacksBecomesAReferenceInText() throws Exception {
        byte[] in = ("<?xml version='1.0' encoding='ISO-8859-1'?>\n" + BODY).getBytes(StandardCharsets.ISO_8859_1);
        XmlDocument doc = changed(in);
        XmlElement d = doc.root().child("description").orElseThrow();
        d.children().forEach(n -> ((XmlText) n).setText("5 \u20ac \ud83d\ude00 \u00e0"));
        doc.root().child("name").orElseThrow().setAttr("note", "\u0142");
        String text = new String(XmlOutput.bytes(doc), StandardCharsets.ISO_8859_1);
        assertTrue(text.contains("<description>5 &#x20AC; &#x1F600; \u00e0</description>"), text);
        assertTrue(text.contains("note='&#x142;'"), text);
        XmlDocument back = XmlParser.parse(XmlOutput.bytes(doc));
        assertEquals("5 \u20ac \ud83d\ude00 \u00e0", back.root().child("description").orElseThrow().text());
        assertTrue(XmlEquivalence.equivalent(doc, back));
    }

    @Test
    void whereNoReferenceMayStandTheOutputIsUtf8AndSaysSo() throws Exception {
        byte[] in = ("<?xml version='1.0' encoding='ISO-8859-1'?>\n" + BODY).getBytes(StandardCharsets.ISO_8859_1);
        XmlDocument doc = changed(in);
        doc.root().append(new XmlComment(" \u20ac "));
        byte[] out = XmlOutput.bytes(doc);
        String text = new String(out, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("<?xml version='1.0' encoding='UTF-8'?>\n"), text);
        assertTrue(text.contains("<!-- \u20ac -->") && text.contains("d\u00e9mo"), text);
        assertTrue(XmlEquivalence.equivalent(doc, XmlParser.parse(out)));
    }

    @Test
    void utf16KeepsItsByteOrderMarkAndByteOrder() throws Exception {
        for (Charset cs : new Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
            byte[] in = ("\ufeff<?xml version='1.0' encoding='UTF-16'?>\n" + BODY).getBytes(cs);
            XmlDocument doc = XmlParser.parse(in);
            assertEquals(cs, doc.source().charset());
            byte[] out = XmlOutput.bytes(doc, changed(in));
            assertArrayEquals(Arrays.copyOf(in, 2), Arrays.copyOf(out, 2), cs + ": the byte order mark");
            String text = new String(out, cs);
            assertTrue(text.contains("<description>Z\u00fcrich \u00e0 l\u00e0</description>"), text);
            assertTrue(text.contains("<target dev='vda' bus='virtio'/>"), text);
        }
    }

    @Test
    void utf8ByteOrderMarkAndCrLfLineEndsAreKept() throws Exception {
        byte[] in = ("\ufeff" + BODY.replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8);
        byte[] out = XmlOutput.bytes(XmlParser.parse(in), changed(in));
        String expected = "\ufeff" + BODY.replace("\n", "\r\n").replace("dev='hda' bus='ide'", "dev='vda' bus='virtio'");
        assertEquals(expected, new String(out, StandardCharsets.UTF_8));
    }

    @Test
    void anUnchangedDocumentIsTheBytesThatWereRead() throws Exception {
        byte[] in = ("<?xml version = \"1.0\"   encoding = 'ISO-8859-1' ?>\r\n<!-- \u00e9 -->\r\n<domain   type=\"kvm\" >"
                + "<name>\u00e9</name><x a = \"1\"/></domain>\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
        XmlDocument doc = XmlParser.parse(in);
        assertArrayEquals(in, XmlOutput.bytes(doc, doc.copy()));
    }

    @Test
    void textForStandardOutputNamesUtf8() throws Exception {
        byte[] in = ("<?xml version='1.0' encoding='ISO-8859-1'?>\n" + BODY).getBytes(StandardCharsets.ISO_8859_1);
        XmlDocument doc = XmlParser.parse(in);
        String text = XmlOutput.text(doc, doc.copy());
        assertEquals("<?xml version='1.0' encoding='UTF-8'?>\n" + BODY, text);
        byte[] utf8 = BODY.getBytes(StandardCharsets.UTF_8);
        XmlDocument plain = XmlParser.parse(utf8);
        assertEquals(BODY, XmlOutput.text(plain, plain.copy()));
    }
}

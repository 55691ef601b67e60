package org.pvdm.model.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The parser sees one event per character reference; those chunks must become one text node (built once,
 * not re-concatenated per chunk, which made a 15 MB description take minutes) with the text exact.
 */
class EntityTextTest {
    private static final int REFS = 200_000;

    @Test
    void manyReferencesMakeOneTextNodeWithEveryCharacter() throws Exception {
        String xml = "<domain><description>a" + "&amp;&lt;x&#233;".repeat(REFS) + "z</description></domain>";
        XmlDocument doc = XmlParser.parse(xml.getBytes(StandardCharsets.UTF_8));
        List<XmlNode> kids = doc.root().child("description").orElseThrow().children();
        assertEquals(1, kids.size(), "one text node");
        String text = ((XmlText) kids.get(0)).text();
        assertEquals("a" + "&<x\u00e9".repeat(REFS) + "z", text);
        assertEquals(xml.replace("&#233;", "\u00e9"), XmlWriter.write(doc).strip());
    }

    @Test
    void textRunsStopAtCdataCommentsAndElements() throws Exception {
        String xml = "<d>a&amp;b<![CDATA[<c>]]>d&lt;<!--e-->f<g/>h&gt;</d>";
        XmlDocument doc = XmlParser.parse(xml);
        List<XmlNode> kids = doc.root().children();
        assertEquals(7, kids.size());
        assertEquals("a&b", ((XmlText) kids.get(0)).text());
        assertTrue(((XmlText) kids.get(1)).cdata());
        assertEquals("d<", ((XmlText) kids.get(2)).text());
        assertEquals("h>", ((XmlText) kids.get(6)).text());
        assertEquals(xml, XmlWriter.write(doc).strip());
    }
}

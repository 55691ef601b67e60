package org.pvdm.model.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class XmlParserSafetyTest {

    @Test
    void refusesExternalEntities() {
        String xxe = "<?xml version='1.0'?><!DOCTYPE d [<!ENTITY x SYSTEM 'file:///etc/passwd'>]><domain>&x;</domain>";
        XmlException e = assertThrows(XmlException.class, () -> XmlParser.parse(xxe));
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
        assertTrue(!e.getMessage().contains("root:"), "must never read the entity: " + e.getMessage());
    }

    @Test
    void refusesEntityExpansion() {
        String laughs = "<!DOCTYPE d [<!ENTITY a 'aaaaaaaaaa'><!ENTITY b '&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;'>]><domain>&b;</domain>";
        XmlException e = assertThrows(XmlException.class, () -> XmlParser.parse(laughs));
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
    }

    @Test
    void refusesPlainDoctype() {
        assertThrows(XmlException.class, () -> XmlParser.parse("<!DOCTYPE domain><domain/>"));
    }

    @Test
    void malformedXmlGivesOneLineWithItsLine() {
        XmlException e = assertThrows(XmlException.class, () -> XmlParser.parse("<domain>\n<name>x</nam>\n</domain>"));
        assertTrue(e.getMessage().startsWith("line 2: not well-formed XML"), e.getMessage());
        assertEquals(-1, e.getMessage().indexOf('\n'), "one line");
    }

    @Test
    void emptyInputIsRefused() {
        assertThrows(XmlException.class, () -> XmlParser.parse(""));
    }

    @Test
    void keepsCommentsAttributeOrderCdataAndPrefixes() throws Exception {
        String xml = "<!-- top -->\n<domain type='kvm' id='1' xmlns:qemu='urn:q'>\n  <!-- c -->\n  <name z='1' a='2'>x &amp; y</name>\n"
                + "  <qemu:commandline><qemu:arg value='-a'/></qemu:commandline>\n  <d><![CDATA[<raw>]]></d>\n</domain>\n";
        XmlDocument doc = XmlParser.parse(xml);
        assertEquals(xml, XmlWriter.write(doc));
        assertEquals("urn:q", doc.root().path("qemu:commandline").orElseThrow().namespaceUri());
        assertEquals("x & y", doc.root().child("name").orElseThrow().text());
    }

    @Test
    void addedElementsAreIndentedLikeTheirSiblings() throws Exception {
        XmlDocument doc = XmlParser.parse("<domain>\n  <devices>\n    <disk/>\n  </devices>\n  <os/>\n</domain>\n");
        XmlElement devices = doc.root().child("devices").orElseThrow();
        devices.addElement("controller").setAttr("type", "scsi");
        doc.root().child("os").orElseThrow().addElement("type").append(new XmlText("hvm", false));
        assertEquals("<domain>\n  <devices>\n    <disk/>\n    <controller type='scsi'/>\n  </devices>\n"
                + "  <os>\n    <type>hvm</type>\n  </os>\n</domain>\n", XmlWriter.write(doc));
        devices.removeElement(devices.child("disk").orElseThrow());
        assertEquals("<domain>\n  <devices>\n    <controller type='scsi'/>\n  </devices>\n"
                + "  <os>\n    <type>hvm</type>\n  </os>\n</domain>\n", XmlWriter.write(doc));
    }
}

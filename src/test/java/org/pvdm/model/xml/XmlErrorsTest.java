package org.pvdm.model.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Each error is one line that says what is wrong and where, and the JDK's parser prints nothing. */
class XmlErrorsTest {
    private static final String GOOD = "<domain type='kvm'>\n  <name>g</name>\n  <devices>\n    <disk/>\n  </devices>\n</domain>\n";

    private static String error(byte[] bytes) {
        XmlException e = assertThrows(XmlException.class, () -> XmlParser.parse(bytes));
        assertEquals(-1, e.getMessage().indexOf('\n'), "one line: " + e.getMessage());
        return e.getMessage();
    }

    @Test
    void aTruncatedFileSaysTruncatedAndWhere() {
        String msg = error(GOOD.substring(0, GOOD.indexOf("<disk")).getBytes(StandardCharsets.UTF_8));
        assertTrue(msg.contains("not well-formed (truncated?)") && msg.contains("inside <devices>"), msg);
        assertFalse(msg.contains("DOCTYPE") || msg.contains("entity"), msg);
        String mid = error(GOOD.substring(0, GOOD.indexOf("ame>g")).getBytes(StandardCharsets.UTF_8));
        assertTrue(mid.contains("truncated?"), mid);
    }

    @Test
    void aFileCutInsideACharacterSaysTruncated() {
        byte[] utf8 = "<domain>\u00e9".getBytes(StandardCharsets.UTF_8);
        String msg = error(java.util.Arrays.copyOf(utf8, utf8.length - 1));
        assertEquals("line 1, byte offset 8: not well-formed (truncated?): the file ends inside a UTF-8 character", msg);
        byte[] utf16 = "\ufeff<domain>x".getBytes(StandardCharsets.UTF_16LE);
        String odd = error(java.util.Arrays.copyOf(utf16, utf16.length - 1));
        assertTrue(odd.contains("truncated?") && odd.contains("UTF-16LE"), odd);
        byte[] lone = "<domain>x".getBytes(StandardCharsets.UTF_8);
        lone[lone.length - 1] = (byte) 0xFF;
        assertTrue(error(lone).contains("invalid byte 0xFF"), "a byte that starts no character is not a cut");
    }

    @Test
    void anInvalidByteNamesItsOffsetAndTheEncoding() {
        byte[] good = GOOD.getBytes(StandardCharsets.UTF_8);
        int at = GOOD.indexOf(">g<") + 1;
        byte[] bad = good.clone();
        bad[at] = (byte) 0xFF;
        String msg = error(bad);
        assertTrue(msg.startsWith("line 2, byte offset " + at + ": invalid byte 0xFF for UTF-8"), msg);
        byte[] latin1Declared = ("<?xml version='1.0' encoding='US-ASCII'?>\n<domain>\u00e9</domain>")
                .getBytes(StandardCharsets.ISO_8859_1);
        String ascii = error(latin1Declared);
        assertTrue(ascii.contains("byte offset 50") && ascii.contains("0xE9") && ascii.contains("US-ASCII, the encoding the file declares"), ascii);
    }

    @Test
    void anUnknownDeclaredEncodingIsOneLine() {
        String msg = error("<?xml version='1.0' encoding='no-such-charset'?><domain/>".getBytes(StandardCharsets.US_ASCII));
        assertTrue(msg.contains("'no-such-charset' is not supported"), msg);
    }

    @Test
    void anEmptyFileHasNoRootElement() {
        assertTrue(error(new byte[0]).contains("no root element"));
        assertTrue(error("  \n".getBytes(StandardCharsets.US_ASCII)).contains("no root element"));
    }

    @Test
    void theJdkParserPrintsNothingOnStandardError() throws Exception {
        PrintStream saved = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            byte[][] bad = {
                {'<', 'd', '>', (byte) 0xC3, '<', '/', 'd', '>'},
                "<d><e></d>".getBytes(StandardCharsets.US_ASCII),
                "<d>&undeclared;</d>".getBytes(StandardCharsets.US_ASCII),
                "<d>\u0001</d>".getBytes(StandardCharsets.US_ASCII),
                "<!DOCTYPE d [<!ENTITY x 'y'>]><d>&x;</d>".getBytes(StandardCharsets.US_ASCII),
                "<d a='1' a='2'/>".getBytes(StandardCharsets.US_ASCII),
                "<d></d><e/>".getBytes(StandardCharsets.US_ASCII),
            };
            for (byte[] b : bad) {
                assertThrows(XmlException.class, () -> XmlParser.parse(b));
            }
        } finally {
            System.setErr(saved);
        }
        assertEquals("", captured.toString(StandardCharsets.UTF_8), "nothing printed by the parser");
    }
}

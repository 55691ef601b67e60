package org.pvdm.model.xml;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What to write for a document read from a file, so the file stays faithful: a document that did not change
 * comes back as the very bytes that were read; a changed one is written in the encoding the file declares,
 * with its byte order mark and line ends. A character that encoding lacks is written as a character
 * reference; where XML allows none (a comment, CDATA, a name), the output is UTF-8 and its declaration says so.
 */
public final class XmlOutput {
    private static final Pattern ENCODING = Pattern.compile("encoding(\\s*=\\s*)([\"'])[^\"']*\\2");

    private XmlOutput() {}

    /** The bytes for a file: the original's own when the result is the same XML, else {@link #bytes(XmlDocument)}. */
    public static byte[] bytes(XmlDocument original, XmlDocument result) {
        if (original.source() != null && unchanged(original, result)) {
            return original.source().bytes();
        }
        return bytes(result);
    }

    /** The document in its source's encoding (UTF-8 when it has no source), as described above. */
    public static byte[] bytes(XmlDocument doc) {
        XmlSource source = doc.source();
        Charset charset = source == null ? StandardCharsets.UTF_8 : source.charset();
        IntPredicate encodable = encodable(charset);
        if (charset.canEncode()) {
            try {
                String text = lineEnds(XmlWriter.write(doc, doc.declaration(), encodable), source);
                ByteBuffer body = strictEncoder(charset).encode(CharBuffer.wrap(text));
                byte[] bom = source == null ? new byte[0] : source.bom();
                byte[] out = Arrays.copyOf(bom, bom.length + body.remaining());
                body.get(out, bom.length, body.remaining());
                return out;
            } catch (CharacterCodingException e) {
                // a character outside the charset where no reference may stand: fall through to UTF-8
            }
        }
        return text(doc).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The text for a character stream written as UTF-8 (standard output): the original text when nothing
     * changed and the file was UTF-8, else the result with a declaration that names UTF-8.
     */
    public static String text(XmlDocument original, XmlDocument result) {
        XmlSource source = original.source();
        if (source != null && source.charset().equals(StandardCharsets.UTF_8) && unchanged(original, result)) {
            return new String(source.bytesShared(), StandardCharsets.UTF_8);
        }
        return text(result);
    }

    private static String text(XmlDocument doc) {
        return lineEnds(XmlWriter.write(doc, utf8Declaration(doc.declaration()), null), doc.source());
    }

    private static boolean unchanged(XmlDocument original, XmlDocument result) {
        return original == result || XmlWriter.write(original).equals(XmlWriter.write(result));
    }

    /** The declaration naming UTF-8 as the encoding (null stays null: UTF-8 needs no declaration). */
    static String utf8Declaration(String declaration) {
        if (declaration == null) {
            return null;
        }
        Matcher m = ENCODING.matcher(declaration);
        return m.find() ? m.replaceFirst("encoding$1$2UTF-8$2") : declaration;
    }

    private static String lineEnds(String text, XmlSource source) {
        return source != null && source.crlf() ? text.replace("\n", "\r\n") : text;
    }

    /** Which code points the charset holds; null when it holds them all (the UTFs). */
    private static IntPredicate encodable(Charset charset) {
        String name = charset.name();
        if (name.startsWith("UTF-")) {
            return null;
        }
        if (charset.equals(StandardCharsets.ISO_8859_1)) {
            return cp -> cp < 0x100;
        }
        if (charset.equals(StandardCharsets.US_ASCII)) {
            return cp -> cp < 0x80;
        }
        CharsetEncoder enc = charset.newEncoder();
        return cp -> enc.canEncode(new String(Character.toChars(cp)));
    }

    private static CharsetEncoder strictEncoder(Charset charset) {
        return charset.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }
}

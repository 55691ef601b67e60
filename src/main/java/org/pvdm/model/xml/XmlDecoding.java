package org.pvdm.model.xml;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a file's bytes into text the way the XML spec (appendix F) finds the encoding: the byte order mark,
 * else the declaration's {@code encoding}, else UTF-8. Decoding is strict, so a byte that does not belong to
 * the encoding is reported with its offset instead of being replaced or reported without a place.
 */
final class XmlDecoding {
    private static final Pattern ENCODING = Pattern.compile("encoding\\s*=\\s*([\"'])([A-Za-z][A-Za-z0-9._-]*)\\1");
    private static final int DECLARATION_SCAN = 1024;

    private XmlDecoding() {}

    /** The decoded text and how the bytes were stored. */
    record Decoded(String text, XmlSource source) {}

    static Decoded decode(byte[] bytes) throws XmlException {
        int bom = 0;
        Charset charset;
        String basis = "its byte order mark names: the file is damaged";
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            bom = 3;
            charset = StandardCharsets.UTF_8;
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            bom = 2;
            charset = StandardCharsets.UTF_16BE;
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            bom = 2;
            charset = StandardCharsets.UTF_16LE;
        } else if (startsWith(bytes, 0x00, '<', 0x00, '?')) {
            charset = StandardCharsets.UTF_16BE;
            basis = "its first bytes show: the file is damaged";
        } else if (startsWith(bytes, '<', 0x00, '?', 0x00)) {
            charset = StandardCharsets.UTF_16LE;
            basis = "its first bytes show: the file is damaged";
        } else {
            charset = declared(bytes);
            basis = charset == null ? "must be in as it declares none: save it as UTF-8 or declare its real encoding"
                    : "declares: save it in that encoding or fix its declaration";
            charset = charset == null ? StandardCharsets.UTF_8 : charset;
        }
        String text = strict(bytes, bom, charset, basis);
        return new Decoded(text, new XmlSource(bytes, charset, bom, crlf(text)));
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** The charset an ASCII-compatible file declares, null when it declares none. */
    private static Charset declared(byte[] bytes) throws XmlException {
        String head = new String(bytes, 0, Math.min(bytes.length, DECLARATION_SCAN), StandardCharsets.ISO_8859_1);
        if (!head.startsWith("<?xml")) {
            return null;
        }
        int end = head.indexOf("?>");
        Matcher m = ENCODING.matcher(end < 0 ? head : head.substring(0, end));
        if (!m.find()) {
            return null;
        }
        String name = m.group(2);
        Charset charset;
        try {
            charset = Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new XmlException("line 1: the declared encoding '" + name + "' is not supported here:"
                    + " save the file as UTF-8 (and declare encoding='UTF-8')");
        }
        if (charset.name().toUpperCase(Locale.ROOT).matches("UTF-(16|32).*")) {
            throw new XmlException("line 1: the file declares " + name + " but is stored in a one-byte encoding:"
                    + " fix the declaration or save the file as " + name);
        }
        return charset;
    }

    private static String strict(byte[] bytes, int bom, Charset charset, String basis) throws XmlException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, bom, bytes.length - bom);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16,
                (long) Math.ceil((bytes.length - bom) * (double) decoder.maxCharsPerByte()) + 16));
        CoderResult r = decoder.decode(in, out, true);
        if (!r.isError()) {
            r = decoder.flush(out);
        }
        if (r.isError()) {
            if (endsInsideACharacter(bytes, in.position(), charset)) {
                throw new XmlException("line " + line(out) + ", byte offset " + in.position()
                        + ": not well-formed (truncated?): the file ends inside a " + charset + " character");
            }
            throw invalid(bytes, in.position(), r.length(), charset + ", the encoding the file " + basis, out);
        }
        out.flip();
        return out.toString();
    }

    /** True when the bytes from the offset on are the start of a character that the end of the file cut off. */
    private static boolean endsInsideACharacter(byte[] bytes, int offset, Charset charset) {
        CharsetDecoder d = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CoderResult r = d.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset), CharBuffer.allocate(8), false);
        return r.isUnderflow();
    }

    private static int line(CharBuffer decoded) {
        int line = 1;
        for (int i = 0; i < decoded.position(); i++) {
            if (decoded.get(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static XmlException invalid(byte[] bytes, int offset, int length, String encoding, CharBuffer decoded) {
        int line = line(decoded);
        StringBuilder hex = new StringBuilder();
        for (int i = offset; i < Math.min(bytes.length, offset + Math.max(1, length)); i++) {
            hex.append(hex.length() == 0 ? "" : " ").append(String.format("0x%02X", bytes[i] & 0xFF));
        }
        return new XmlException("line " + line + ", byte offset " + offset + ": invalid byte " + hex + " for "
                + encoding);
    }

    /** True when the first line break is CR LF. */
    private static boolean crlf(String text) {
        int nl = text.indexOf('\n');
        return nl > 0 && text.charAt(nl - 1) == '\r';
    }
}

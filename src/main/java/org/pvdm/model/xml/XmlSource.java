package org.pvdm.model.xml;

import java.nio.charset.Charset;
import java.util.Arrays;

/**
 * How a parsed file was stored: its bytes as read, the charset they were decoded with, its byte order mark
 * and its line ends. Kept with the document so that output goes back in the same form (see {@link XmlOutput}).
 */
public final class XmlSource {
    private final byte[] bytes;
    private final Charset charset;
    private final int bomLength;
    private final boolean crlf;

    XmlSource(byte[] bytes, Charset charset, int bomLength, boolean crlf) {
        this.bytes = bytes;
        this.charset = charset;
        this.bomLength = bomLength;
        this.crlf = crlf;
    }

    /** A copy of the bytes as they were read. */
    public byte[] bytes() {
        return bytes.clone();
    }

    byte[] bytesShared() {
        return bytes;
    }

    /** The charset the file was decoded with: the declared one, or what its byte order mark says, or UTF-8. */
    public Charset charset() {
        return charset;
    }

    /** The byte order mark the file began with (empty when none). */
    public byte[] bom() {
        return Arrays.copyOf(bytes, bomLength);
    }

    /** True when the file's lines end in CR LF (DOS style). */
    public boolean crlf() {
        return crlf;
    }
}

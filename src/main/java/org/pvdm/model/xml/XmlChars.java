package org.pvdm.model.xml;

/** The character classes of the plain XML {@link PlainXmlCursor} reads, a strict subset of XML 1.0's. */
final class XmlChars {
    private XmlChars() {}

    /** XML white space (the cursor itself gives up at a carriage return inside the root: see skipSpaces). */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** A character of a plain name after its first: ASCII letters, digits, '.', '-', '_' (':' is counted apart). */
    static boolean isNameChar(char c) {
        return isAsciiLetter(c) || isDigit(c) || c == '.' || c == '-' || c == '_';
    }

    /**
     * Tab and newline, or a BMP character that is neither a control, a surrogate nor U+FFFE/U+FFFF. A carriage
     * return is not plain (the JDK's parser folds CR LF into LF), nor is a surrogate pair (rare in a domain XML).
     */
    static boolean isPlainChar(char c) {
        return c < 0x20 ? c == '\t' || c == '\n' : c < 0xD800 || (c > 0xDFFF && c < 0xFFFE);
    }

    /** EncName: [A-Za-z] ([A-Za-z0-9._] | '-')*. */
    static boolean isEncodingName(String v) {
        if (v.isEmpty() || !isAsciiLetter(v.charAt(0))) {
            return false;
        }
        for (int i = 1; i < v.length(); i++) {
            char c = v.charAt(i);
            if (!isAsciiLetter(c) && !isDigit(c) && c != '.' && c != '_' && c != '-') {
                return false;
            }
        }
        return true;
    }

    /**
     * The code point a reference stands for, between '&' and ';' ("lt", "#65", "#x41"), or -1 when it is not one
     * of the five predefined entities or a character reference to a legal XML character.
     */
    static int reference(String ref) {
        switch (ref) {
            case "lt": return '<';
            case "gt": return '>';
            case "amp": return '&';
            case "quot": return '"';
            case "apos": return '\'';
            default: return characterReference(ref);
        }
    }

    private static int characterReference(String ref) {
        boolean hex = ref.startsWith("#x");
        int from = hex ? 2 : 1;
        if (!ref.startsWith("#") || from >= ref.length()) {
            return -1;
        }
        int cp = 0;
        for (int i = from; i < ref.length(); i++) {
            int d = digit(ref.charAt(i), hex);
            if (d < 0) {
                return -1;
            }
            cp = cp * (hex ? 16 : 10) + d;
            if (cp > 0x10FFFF) {
                return -1;
            }
        }
        boolean legal = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                || (cp >= 0xE000 && cp <= 0xFFFD) || cp >= 0x10000;
        return legal ? cp : -1;
    }

    /** An ASCII digit's value (hexadecimal ones too when hex), -1 for anything else (no other script's digits). */
    private static int digit(char c, boolean hex) {
        if (isDigit(c)) {
            return c - '0';
        }
        if (hex && c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (hex && c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }
}

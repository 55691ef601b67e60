package org.pvdm.model.xml;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds the kept tree straight from the text for the plain XML that libvirt writes and people edit: elements,
 * attributes, text with the five predefined and numeric character references, comments, and an XML 1.0
 * declaration. It is about ten times faster than the JDK's parser on a domain XML, whose set-up alone cost more
 * than the scan (a 1,000-guest host's definitions took 40 ms to parse that way).
 *
 * <p>It accepts only what it knows to be well-formed, and gives up (returns null) at anything else: a DOCTYPE,
 * a CDATA section, a processing instruction, a carriage return or a tab/newline inside an attribute value
 * (which the XML standard normalises), a non-ASCII name, a surrogate or control character, any error at all.
 * {@link XmlParser} then parses the text with the JDK's parser, which refuses what must be refused with its
 * precise message. So for every text it accepts the tree is the one the JDK's parser gives (checked on the
 * corpus and on random damage to it by {@code PlainXmlReaderTest}), and it never accepts what that refuses.
 *
 * <p>One pass over the text, an explicit stack of open elements, no recursion and no backtracking: linear time.
 */
final class PlainXmlReader {
    private static final int SHARED_LENGTH = 64;
    private static final int SHARED_COUNT = 4096;

    private final String s;
    /** The text as an array: indexing it is several times cheaper than String.charAt before the optimising JIT. */
    private final char[] ch;
    private final int n;
    private int pos;
    private final List<XmlNode> before = new ArrayList<>();
    private final List<XmlNode> after = new ArrayList<>();
    private final ArrayList<XmlElement> open = new ArrayList<>();
    /**
     * Names, values and short texts seen so far, by open addressing (grown to stay at most half full): a big tree
     * shares its repeated strings, as the full parser's tree shares its texts.
     */
    private String[] table = new String[64];
    private int tableSize;
    private XmlElement root;

    /** Thrown inside to give up; never leaves this class. */
    private static final class GiveUp extends Exception {
        private static final GiveUp INSTANCE = new GiveUp();

        private GiveUp() {
            super(null, null, false, false);
        }
    }

    private PlainXmlReader(String s) {
        this.s = s;
        this.ch = s.toCharArray();
        this.n = ch.length;
    }

    /** The document, or null when the text is not in the plain form this reads (the full parser decides then). */
    static XmlDocument read(String text, XmlSource source) {
        PlainXmlReader r = new PlainXmlReader(text);
        try {
            String declaration = r.declaration();
            r.document();
            return new XmlDocument(declaration, r.before, r.root, r.after, source);
        } catch (GiveUp e) {
            return null;
        }
    }

    private static GiveUp giveUp() {
        return GiveUp.INSTANCE;
    }

    /** {@code <?xml version="1.0" [encoding="..."] [standalone="yes|no"]?>} as written, or null when none. */
    private String declaration() throws GiveUp {
        if (!s.startsWith("<?xml") || n < 6 || !isSpace(ch[5])) {
            return null;
        }
        pos = 5;
        if (!"1.0".equals(pseudoAttribute("version"))) {
            throw giveUp();
        }
        String encoding = pseudoAttribute("encoding");
        if (encoding != null && !isEncodingName(encoding)) {
            throw giveUp();
        }
        String standalone = pseudoAttribute("standalone");
        if (standalone != null && !standalone.equals("yes") && !standalone.equals("no")) {
            throw giveUp();
        }
        skipSpaces();
        if (!s.startsWith("?>", pos)) {
            throw giveUp();
        }
        pos += 2;
        return s.substring(0, pos);
    }

    /** The value of {@code S name S? = S? 'value'} when that name comes next, else null (pos unmoved). */
    private String pseudoAttribute(String name) throws GiveUp {
        int start = pos;
        if (!skipSpaces() || !s.startsWith(name, pos)) {
            pos = start;
            return null;
        }
        pos += name.length();
        skipSpaces();
        expect('=');
        skipSpaces();
        char q = next();
        int close = q == '"' || q == '\'' ? s.indexOf(q, pos) : -1;
        if (close < 0) {
            throw giveUp();
        }
        String value = s.substring(pos, close);
        pos = close + 1;
        return value;
    }

    /** EncName: [A-Za-z] ([A-Za-z0-9._] | '-')*. */
    private static boolean isEncodingName(String v) {
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

    private void document() throws GiveUp {
        while (pos < n) {
            char c = ch[pos];
            if (c == '<') {
                markup();
            } else if (open.isEmpty()) {
                if (!isSpace(c)) {
                    throw giveUp();
                }
                pos++;
            } else {
                text();
            }
        }
        if (root == null || !open.isEmpty()) {
            throw giveUp();
        }
    }

    private void markup() throws GiveUp {
        if (pos + 1 >= n) {
            throw giveUp();
        }
        char c = ch[pos + 1];
        if (c == '/') {
            endTag();
        } else if (c == '!') {
            if (!s.startsWith("<!--", pos)) {
                throw giveUp();
            }
            comment();
        } else if (c == '?') {
            throw giveUp();
        } else {
            startTag();
        }
    }

    private void startTag() throws GiveUp {
        if (open.isEmpty() && root != null) {
            throw giveUp();
        }
        pos++;
        XmlElement e = new XmlElement(name());
        while (true) {
            boolean spaced = skipSpaces();
            if (pos >= n) {
                throw giveUp();
            }
            char c = ch[pos];
            if (c == '>' || c == '/') {
                break;
            }
            if (!spaced) {
                throw giveUp();
            }
            String attr = name();
            skipSpaces();
            expect('=');
            skipSpaces();
            if (e.attr(attr) != null) {
                throw giveUp();
            }
            e.setAttr(attr, attributeValue());
        }
        XmlElement parent = open.isEmpty() ? null : open.get(open.size() - 1);
        if (parent != null) {
            parent.append(e);
        } else {
            root = e;
        }
        if (ch[pos] == '/') {
            pos++;
            expect('>');
        } else {
            pos++;
            open.add(e);
        }
    }

    private void endTag() throws GiveUp {
        if (open.isEmpty()) {
            throw giveUp();
        }
        pos += 2;
        XmlElement e = open.remove(open.size() - 1);
        String name = e.name();
        if (!s.startsWith(name, pos)) {
            throw giveUp();
        }
        pos += name.length();
        skipSpaces();
        expect('>');
    }

    /** {@code <!-- ... -->}: no "--" inside, and not ending in '-'. */
    private void comment() throws GiveUp {
        int start = pos + 4;
        int end = s.indexOf("--", start);
        if (end < 0 || !s.startsWith("-->", end)) {
            throw giveUp();
        }
        checkChars(start, end);
        String body = shareRegion(start, end);
        pos = end + 3;
        XmlComment c = new XmlComment(body);
        if (!open.isEmpty()) {
            open.get(open.size() - 1).append(c);
        } else if (root == null) {
            before.add(c);
        } else {
            after.add(c);
        }
    }

    /** A text run up to the next markup, references replaced: one text node. */
    private void text() throws GiveUp {
        int start = pos;
        int run = pos;
        StringBuilder replaced = null;
        while (pos < n) {
            char c = ch[pos];
            if (c == '<') {
                break;
            }
            if (c == '&') {
                if (replaced == null) {
                    replaced = new StringBuilder();
                }
                replaced.append(ch, run, pos - run).appendCodePoint(reference());
                run = pos;
            } else if (c == '>' && pos >= 2 && ch[pos - 1] == ']' && ch[pos - 2] == ']') {
                throw giveUp();
            } else {
                checkChar(c);
                pos++;
            }
        }
        String t = replaced == null ? shareRegion(start, pos) : replaced.append(ch, run, pos - run).toString();
        open.get(open.size() - 1).append(new XmlText(t, false));
    }

    private String attributeValue() throws GiveUp {
        if (pos >= n) {
            throw giveUp();
        }
        char q = ch[pos++];
        if (q != '"' && q != '\'') {
            throw giveUp();
        }
        int start = pos;
        StringBuilder value = null;
        int run = pos;
        while (true) {
            if (pos >= n) {
                throw giveUp();
            }
            char c = ch[pos];
            if (c == q) {
                break;
            }
            if (c == '&') {
                if (value == null) {
                    value = new StringBuilder();
                }
                value.append(ch, run, pos - run).appendCodePoint(reference());
                run = pos;
            } else if (c == '<' || c == '\t' || c == '\n') {
                throw giveUp();
            } else {
                checkChar(c);
                pos++;
            }
        }
        String v = value == null ? shareRegion(start, pos) : value.append(ch, run, pos - run).toString();
        pos++;
        return v;
    }

    /** {@code &lt; &gt; &amp; &quot; &apos; &#N; &#xN;} at pos; pos ends after the ';'. */
    private int reference() throws GiveUp {
        int semi = s.indexOf(';', pos);
        if (semi < 0 || semi - pos > 12) {
            throw giveUp();
        }
        String ref = s.substring(pos + 1, semi);
        pos = semi + 1;
        switch (ref) {
            case "lt": return '<';
            case "gt": return '>';
            case "amp": return '&';
            case "quot": return '"';
            case "apos": return '\'';
            default: return characterReference(ref);
        }
    }

    private static int characterReference(String ref) throws GiveUp {
        if (ref.length() < 2 || ref.charAt(0) != '#') {
            throw giveUp();
        }
        boolean hex = ref.charAt(1) == 'x';
        int from = hex ? 2 : 1;
        if (from >= ref.length()) {
            throw giveUp();
        }
        int cp = 0;
        for (int i = from; i < ref.length(); i++) {
            char c = ref.charAt(i);
            int d = isDigit(c) ? c - '0' : hex && c >= 'a' && c <= 'f' ? c - 'a' + 10
                    : hex && c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
            if (d < 0) {
                throw giveUp();
            }
            cp = cp * (hex ? 16 : 10) + d;
            if (cp > 0x10FFFF) {
                throw giveUp();
            }
        }
        boolean legal = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                || (cp >= 0xE000 && cp <= 0xFFFD) || cp >= 0x10000;
        if (!legal) {
            throw giveUp();
        }
        return cp;
    }

    /** A name of ASCII letters, digits and . - _ with at most one inner ':'; anything else goes to the full parser. */
    private String name() throws GiveUp {
        int start = pos;
        if (pos >= n) {
            throw giveUp();
        }
        char first = ch[pos];
        if (!isAsciiLetter(first) && first != '_') {
            throw giveUp();
        }
        int colons = 0;
        pos++;
        while (pos < n) {
            char c = ch[pos];
            if (isAsciiLetter(c) || isDigit(c) || c == '.' || c == '-' || c == '_') {
                pos++;
            } else if (c == ':') {
                colons++;
                pos++;
            } else {
                break;
            }
        }
        if (colons > 1 || (colons == 1 && ch[pos - 1] == ':')) {
            throw giveUp();
        }
        return shareRegion(start, pos);
    }

    private void checkChars(int from, int to) throws GiveUp {
        for (int i = from; i < to; i++) {
            checkChar(ch[i]);
        }
    }

    /** Tab and newline, or a BMP character that is neither a control, a surrogate nor U+FFFE/U+FFFF. */
    private static void checkChar(char c) throws GiveUp {
        if (c < 0x20 ? c != '\t' && c != '\n' : c >= 0xD800 && (c <= 0xDFFF || c >= 0xFFFE)) {
            throw giveUp();
        }
    }

    /** Skips XML white space but for carriage returns (which the full parser normalises); true when any. */
    private boolean skipSpaces() throws GiveUp {
        int start = pos;
        while (pos < n) {
            char c = ch[pos];
            if (c == ' ' || c == '\t' || c == '\n') {
                pos++;
            } else if (c == '\r') {
                throw giveUp();
            } else {
                break;
            }
        }
        return pos > start;
    }

    private void expect(char c) throws GiveUp {
        if (pos >= n || ch[pos] != c) {
            throw giveUp();
        }
        pos++;
    }

    private char next() throws GiveUp {
        if (pos >= n) {
            throw giveUp();
        }
        return ch[pos++];
    }

    /**
     * The text between from and to, shared with an equal one seen before; the common case (indentation, names,
     * values such as 'disk' or 'qemu') costs no copy: the table is probed on the text in place.
     */
    private String shareRegion(int from, int to) {
        int len = to - from;
        if (len > SHARED_LENGTH) {
            return new String(ch, from, len);
        }
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + ch[i];
        }
        int mask = table.length - 1;
        for (int i = (h ^ (h >>> 16)) & mask, probes = 0; probes < 8; i = (i + 1) & mask, probes++) {
            String known = table[i];
            if (known == null) {
                String fresh = new String(ch, from, len);
                if (tableSize < SHARED_COUNT) {
                    table[i] = fresh;
                    if (++tableSize * 2 > table.length) {
                        grow();
                    }
                }
                return fresh;
            }
            if (known.length() == len && same(known, from)) {
                return known;
            }
        }
        return new String(ch, from, len);
    }

    private boolean same(String known, int from) {
        for (int k = 0; k < known.length(); k++) {
            if (known.charAt(k) != ch[from + k]) {
                return false;
            }
        }
        return true;
    }

    private void grow() {
        String[] old = table;
        table = new String[old.length * 2];
        int mask = table.length - 1;
        for (String str : old) {
            if (str != null) {
                int h = str.hashCode();
                int i = (h ^ (h >>> 16)) & mask;
                while (table[i] != null) {
                    i = (i + 1) & mask;
                }
                table[i] = str;
            }
        }
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}

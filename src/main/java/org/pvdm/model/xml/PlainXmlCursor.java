package org.pvdm.model.xml;

/**
 * The tokens of plain XML, read from a position in the text that only moves forward: names, attribute values
 * and text runs with their references replaced, comment bodies. Each method either reads exactly what XML 1.0
 * allows there (within the plain subset, see {@link PlainXmlReader}) or throws {@link NotPlain}.
 */
final class PlainXmlCursor {
    /** The longest reference read here ("&#x10FFFF;" is 10 characters): a longer one goes to the full parser. */
    private static final int MAX_REFERENCE = 12;

    private final String s;
    /** The text as an array: indexing it is several times cheaper than String.charAt before the optimising JIT. */
    private final char[] ch;
    private final int n;
    private final SharedStrings strings;
    private int pos;

    PlainXmlCursor(String text) {
        this.s = text;
        this.ch = text.toCharArray();
        this.n = ch.length;
        this.strings = new SharedStrings(ch);
    }

    int position() {
        return pos;
    }

    boolean atEnd() {
        return pos >= n;
    }

    /** The character at the position plus ahead; NotPlain past the end. */
    char peek(int ahead) throws NotPlain {
        if (pos + ahead >= n) {
            throw NotPlain.INSTANCE;
        }
        return ch[pos + ahead];
    }

    boolean startsWith(String prefix) {
        return s.startsWith(prefix, pos);
    }

    void skip(int count) {
        pos += count;
    }

    /** The text from the start to the position, as written. */
    String head() {
        return s.substring(0, pos);
    }

    char next() throws NotPlain {
        char c = peek(0);
        pos++;
        return c;
    }

    void expect(char c) throws NotPlain {
        if (next() != c) {
            throw NotPlain.INSTANCE;
        }
    }

    /** Skips XML white space; a carriage return is not plain (the full parser normalises it). True when any. */
    boolean skipSpaces() throws NotPlain {
        int start = pos;
        while (pos < n) {
            char c = ch[pos];
            if (c == ' ' || c == '\t' || c == '\n') {
                pos++;
            } else if (c == '\r') {
                throw NotPlain.INSTANCE;
            } else {
                break;
            }
        }
        return pos > start;
    }

    /** A name of ASCII letters, digits and . - _ with at most one inner ':'; anything else is not plain. */
    String name() throws NotPlain {
        int start = pos;
        char first = next();
        if (!XmlChars.isAsciiLetter(first) && first != '_') {
            throw NotPlain.INSTANCE;
        }
        int colons = 0;
        while (pos < n && (XmlChars.isNameChar(ch[pos]) || ch[pos] == ':')) {
            colons += ch[pos] == ':' ? 1 : 0;
            pos++;
        }
        if (colons > 1 || (colons == 1 && ch[pos - 1] == ':')) {
            throw NotPlain.INSTANCE;
        }
        return strings.share(start, pos);
    }

    /** A quoted attribute value, references replaced; a literal tab or newline is not plain (XML folds it). */
    String attributeValue() throws NotPlain {
        char q = next();
        if (q != '"' && q != '\'') {
            throw NotPlain.INSTANCE;
        }
        String v = run(q, true);
        pos++;
        return v;
    }

    /** The text up to the next '<' or the end, references replaced. */
    String textRun() throws NotPlain {
        return run('<', false);
    }

    /**
     * The characters up to {@code end} (not consumed), references replaced. Shared with an equal string before
     * when it holds no reference (the usual case: indentation, names, short values).
     */
    private String run(char end, boolean attribute) throws NotPlain {
        int start = pos;
        int copied = pos;
        StringBuilder replaced = null;
        while (pos < n && ch[pos] != end) {
            char c = ch[pos];
            if (c == '&') {
                replaced = replaced == null ? new StringBuilder() : replaced;
                replaced.append(ch, copied, pos - copied).appendCodePoint(reference());
                copied = pos;
            } else if (attribute ? c == '<' || c == '\t' || c == '\n' || !XmlChars.isPlainChar(c)
                    : !XmlChars.isPlainChar(c) || (c == '>' && pos >= 2 && ch[pos - 1] == ']' && ch[pos - 2] == ']')) {
                throw NotPlain.INSTANCE;
            } else {
                pos++;
            }
        }
        if (attribute && pos >= n) {
            throw NotPlain.INSTANCE;
        }
        return replaced == null ? strings.share(start, pos) : replaced.append(ch, copied, pos - copied).toString();
    }

    /** A reference at the position ('&' ... ';'); the position ends after the ';'. */
    private int reference() throws NotPlain {
        int semi = -1;
        for (int i = pos + 1; i < n && i <= pos + MAX_REFERENCE; i++) {
            if (ch[i] == ';') {
                semi = i;
                break;
            }
        }
        int cp = semi < 0 ? -1 : XmlChars.reference(s.substring(pos + 1, semi));
        if (cp < 0) {
            throw NotPlain.INSTANCE;
        }
        pos = semi + 1;
        return cp;
    }

    /** After "<!--": the body up to "-->", which must hold no "--"; the position ends after "-->". */
    String commentBody() throws NotPlain {
        int start = pos;
        int end = s.indexOf("--", start);
        if (end < 0 || !s.startsWith("-->", end)) {
            throw NotPlain.INSTANCE;
        }
        for (int i = start; i < end; i++) {
            if (!XmlChars.isPlainChar(ch[i])) {
                throw NotPlain.INSTANCE;
            }
        }
        pos = end + 3;
        return strings.share(start, end);
    }

    /** The value of {@code S name S? = S? 'value'} when that name comes next, else null (the position unmoved). */
    String pseudoAttribute(String name) throws NotPlain {
        int start = pos;
        if (!skipSpaces() || !startsWith(name)) {
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
            throw NotPlain.INSTANCE;
        }
        String value = s.substring(pos, close);
        pos = close + 1;
        return value;
    }
}

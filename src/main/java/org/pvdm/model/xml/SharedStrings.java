package org.pvdm.model.xml;

/**
 * The strings of one document's tree, shared where they repeat: indentation, names, and values such as 'disk'
 * or 'qemu' recur on every line of a big tree. Looked up on the text in place (open addressing over the
 * characters), so a repeated string costs no copy; grown to stay at most half full, at most {@link #MAX} strings
 * of at most {@link #MAX_LENGTH} characters.
 */
final class SharedStrings {
    static final int MAX_LENGTH = 64;
    static final int MAX = 4096;
    /** Probes before a lookup gives up and copies: the table is at most half full, so this is rare. */
    private static final int PROBES = 8;

    private final char[] ch;
    private String[] table = new String[64];
    private int size;

    SharedStrings(char[] ch) {
        this.ch = ch;
    }

    /** The text between from and to, the same String as an equal one before when there was one. */
    String share(int from, int to) {
        int len = to - from;
        if (len > MAX_LENGTH) {
            return new String(ch, from, len);
        }
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + ch[i]; // String.hashCode's, so grow() can rehash with it
        }
        int mask = table.length - 1;
        for (int i = spread(h) & mask, probes = 0; probes < PROBES; i = (i + 1) & mask, probes++) {
            String known = table[i];
            if (known == null) {
                String fresh = new String(ch, from, len);
                if (size < MAX) {
                    table[i] = fresh;
                    if (++size * 2 > table.length) {
                        grow();
                    }
                }
                return fresh;
            }
            if (known.length() == len && sameAs(known, from)) {
                return known;
            }
        }
        return new String(ch, from, len);
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }

    private boolean sameAs(String known, int from) {
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
        for (String s : old) {
            if (s != null) {
                int i = spread(s.hashCode()) & mask;
                while (table[i] != null) {
                    i = (i + 1) & mask;
                }
                table[i] = s;
            }
        }
    }
}

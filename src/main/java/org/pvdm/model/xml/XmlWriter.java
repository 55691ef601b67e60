package org.pvdm.model.xml;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * Writes a kept tree the way libvirt writes domain XML: attributes in single quotes, quotes escaped,
 * empty elements as {@code <x/>}, the document's own whitespace and comments untouched. The content of the
 * domain's {@code <metadata>} is written as libvirt writes it, by libxml2: double quotes, quotes in text left
 * alone. An unchanged tree parsed from libvirt's output comes back byte for byte. The walk uses an explicit
 * stack, so any nesting depth is written without recursion.
 */
public final class XmlWriter {
    private XmlWriter() {}

    public static String write(XmlDocument doc) {
        return write(doc, doc.declaration(), null);
    }

    /**
     * @param declaration the declaration to write instead of the document's own (null: none)
     * @param encodable   which code points the target encoding holds; others in text and attribute values are
     *                    written as character references (null: all)
     */
    static String write(XmlDocument doc, String declaration, IntPredicate encodable) {
        StringBuilder sb = new StringBuilder(4096);
        if (declaration != null) {
            sb.append(declaration).append('\n');
        }
        writeTopLevel(sb, doc.before(), encodable);
        writeTree(sb, doc.root(), false, encodable);
        sb.append('\n');
        writeTopLevel(sb, doc.after(), encodable);
        return sb.toString();
    }

    /** One element and its subtree, without a trailing newline. */
    public static String write(XmlElement element) {
        StringBuilder sb = new StringBuilder(512);
        writeTree(sb, element, insideMetadata(element), null);
        return sb.toString();
    }

    private static void writeTopLevel(StringBuilder sb, List<XmlNode> nodes, IntPredicate encodable) {
        for (XmlNode n : nodes) {
            writeTree(sb, n, false, encodable);
            sb.append('\n');
        }
    }

    /** True for what libvirt keeps as foreign XML: everything below the root's metadata element. */
    private static boolean insideMetadata(XmlElement e) {
        for (XmlElement p = e.parent(); p != null; p = p.parent()) {
            if (isDomainMetadata(p)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDomainMetadata(XmlElement e) {
        return e.name().equals("metadata") && e.parent() != null && e.parent().parent() == null;
    }

    /** An element whose children are being written: which child comes next, and how they are quoted. */
    private record Open(XmlElement element, boolean libxml2, int[] next) {}

    private static void writeTree(StringBuilder sb, XmlNode top, boolean libxml2, IntPredicate encodable) {
        if (!(top instanceof XmlElement topElement)) {
            writeLeaf(sb, top, libxml2, encodable);
            return;
        }
        Deque<Open> open = new ArrayDeque<>();
        startTag(sb, topElement, libxml2, encodable, open);
        while (!open.isEmpty()) {
            Open o = open.peek();
            List<XmlNode> children = o.element().children;
            if (o.next()[0] == children.size()) {
                sb.append("</").append(o.element().name()).append('>');
                open.pop();
                continue;
            }
            XmlNode child = children.get(o.next()[0]++);
            if (child instanceof XmlElement e) {
                startTag(sb, e, o.libxml2(), encodable, open);
            } else {
                writeLeaf(sb, child, o.libxml2(), encodable);
            }
        }
    }

    /** Writes the start tag, or the whole element when it is empty; an element with children goes on the stack. */
    private static void startTag(StringBuilder sb, XmlElement e, boolean libxml2, IntPredicate encodable, Deque<Open> open) {
        sb.append('<').append(e.name());
        char quote = libxml2 ? '"' : '\'';
        for (Map.Entry<String, String> a : e.attributes().entrySet()) {
            sb.append(' ').append(a.getKey()).append('=').append(quote);
            escape(sb, a.getValue(), true, libxml2, encodable);
            sb.append(quote);
        }
        if (e.children.isEmpty()) {
            sb.append("/>");
            return;
        }
        sb.append('>');
        open.push(new Open(e, libxml2 || isDomainMetadata(e), new int[] {0}));
    }

    private static void writeLeaf(StringBuilder sb, XmlNode node, boolean libxml2, IntPredicate encodable) {
        if (node instanceof XmlText t) {
            if (t.cdata()) {
                sb.append("<![CDATA[").append(t.text()).append("]]>");
            } else {
                escape(sb, t.text(), false, libxml2, encodable);
            }
        } else if (node instanceof XmlComment c) {
            sb.append("<!--").append(c.text()).append("-->");
        } else if (node instanceof XmlPi pi) {
            sb.append("<?").append(pi.target());
            if (!pi.data().isEmpty()) {
                sb.append(' ').append(pi.data());
            }
            sb.append("?>");
        }
    }

    private static void escape(StringBuilder sb, String s, boolean attribute, boolean libxml2, IntPredicate encodable) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '\'' -> sb.append(libxml2 ? "'" : "&apos;");
                case '"' -> sb.append(libxml2 && !attribute ? "\"" : "&quot;");
                case '\n' -> sb.append(attribute ? "&#10;" : "\n");
                case '\r' -> sb.append("&#13;");
                case '\t' -> sb.append(attribute ? "&#9;" : "\t");
                default -> {
                    if (c < 0x80 || encodable == null) {
                        sb.append(c);
                        continue;
                    }
                    int cp = s.codePointAt(i);
                    if (encodable.test(cp)) {
                        sb.appendCodePoint(cp);
                    } else {
                        sb.append("&#x").append(Integer.toHexString(cp).toUpperCase(java.util.Locale.ROOT)).append(';');
                    }
                    i += Character.charCount(cp) - 1;
                }
            }
        }
    }
}

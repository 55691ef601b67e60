package org.pvdm.model.xml;

import java.util.List;
import java.util.Map;

/**
 * Writes a kept tree the way libvirt writes domain XML: attributes in single quotes, quotes escaped,
 * empty elements as {@code <x/>}, the document's own whitespace and comments untouched. The content of the
 * domain's {@code <metadata>} is written as libvirt writes it, by libxml2: double quotes, quotes in text left
 * alone. An unchanged tree parsed from libvirt's output comes back byte for byte.
 */
public final class XmlWriter {
    private XmlWriter() {}

    public static String write(XmlDocument doc) {
        StringBuilder sb = new StringBuilder(4096);
        if (doc.declaration() != null) {
            sb.append(doc.declaration()).append('\n');
        }
        writeTopLevel(sb, doc.before());
        writeNode(sb, doc.root(), false);
        sb.append('\n');
        writeTopLevel(sb, doc.after());
        return sb.toString();
    }

    /** One element and its subtree, without a trailing newline. */
    public static String write(XmlElement element) {
        StringBuilder sb = new StringBuilder(512);
        writeNode(sb, element, insideMetadata(element));
        return sb.toString();
    }

    private static void writeTopLevel(StringBuilder sb, List<XmlNode> nodes) {
        for (XmlNode n : nodes) {
            writeNode(sb, n, false);
            sb.append('\n');
        }
    }

    /** True for what libvirt keeps as foreign XML: everything below the root's metadata element. */
    private static boolean insideMetadata(XmlElement e) {
        for (XmlElement p = e.parent(); p != null; p = p.parent()) {
            if (p.name().equals("metadata") && p.parent() != null && p.parent().parent() == null) {
                return true;
            }
        }
        return false;
    }

    private static void writeNode(StringBuilder sb, XmlNode node, boolean libxml2) {
        if (node instanceof XmlElement e) {
            writeElement(sb, e, libxml2);
        } else if (node instanceof XmlText t) {
            if (t.cdata()) {
                sb.append("<![CDATA[").append(t.text()).append("]]>");
            } else {
                escape(sb, t.text(), false, libxml2);
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

    private static void writeElement(StringBuilder sb, XmlElement e, boolean libxml2) {
        sb.append('<').append(e.name());
        char quote = libxml2 ? '"' : '\'';
        for (Map.Entry<String, String> a : e.attributes().entrySet()) {
            sb.append(' ').append(a.getKey()).append('=').append(quote);
            escape(sb, a.getValue(), true, libxml2);
            sb.append(quote);
        }
        boolean childrenLibxml2 = libxml2 || (e.name().equals("metadata") && e.parent() != null && e.parent().parent() == null);
        List<XmlNode> children = e.children();
        if (children.isEmpty()) {
            sb.append("/>");
            return;
        }
        sb.append('>');
        for (XmlNode child : children) {
            writeNode(sb, child, childrenLibxml2);
        }
        sb.append("</").append(e.name()).append('>');
    }

    private static void escape(StringBuilder sb, String s, boolean attribute, boolean libxml2) {
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
                default -> sb.append(c);
            }
        }
    }
}

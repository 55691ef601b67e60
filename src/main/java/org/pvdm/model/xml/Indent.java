package org.pvdm.model.xml;

import java.util.List;

/** Reads the indentation a document already uses, so inserted elements line up with their siblings. */
final class Indent {
    private Indent() {}

    /** The indentation of an element's own start tag, "" when it has none. */
    static String ownIndent(XmlElement e) {
        XmlElement parent = e.parent();
        if (parent == null) {
            return "";
        }
        List<XmlNode> siblings = parent.children;
        int index = siblings.indexOf(e);
        if (index > 0 && siblings.get(index - 1) instanceof XmlText t && t.isWhitespace()) {
            String ws = t.text();
            return ws.substring(ws.lastIndexOf('\n') + 1);
        }
        return "";
    }

    /** The indentation its children use or should use; null when the element is written on one line. */
    static String childIndent(XmlElement e) {
        for (XmlNode n : e.children) {
            if (n instanceof XmlElement child) {
                String own = ownIndent(child);
                int index = e.children.indexOf(child);
                boolean onNewLine = index > 0 && e.children.get(index - 1) instanceof XmlText t && t.text().contains("\n");
                return onNewLine ? own : null;
            }
        }
        if (!e.children.isEmpty()) {
            return null;
        }
        String own = ownIndent(e);
        String step = e.parent() == null ? "  " : stepOf(e.parent());
        return own + step;
    }

    private static String stepOf(XmlElement parent) {
        String inner = ownIndent(parent);
        for (XmlElement child : parent.elements()) {
            String own = ownIndent(child);
            if (own.length() > inner.length() && own.startsWith(inner)) {
                return own.substring(inner.length());
            }
        }
        return "  ";
    }
}

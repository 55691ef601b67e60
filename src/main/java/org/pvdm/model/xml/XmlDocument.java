package org.pvdm.model.xml;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A parsed document: the optional XML declaration, top-level comments and processing instructions around
 * the root, and the root element. Parse with {@link XmlParser}, write with {@link XmlWriter}.
 */
public final class XmlDocument {
    private final String declaration;
    private final List<XmlNode> before;
    private final XmlElement root;
    private final List<XmlNode> after;

    XmlDocument(String declaration, List<XmlNode> before, XmlElement root, List<XmlNode> after) {
        this.declaration = declaration;
        this.before = before;
        this.root = Objects.requireNonNull(root);
        this.after = after;
    }

    public static XmlDocument of(XmlElement root) {
        return new XmlDocument(null, new ArrayList<>(), root, new ArrayList<>());
    }

    /** The XML declaration as it should be written (e.g. {@code <?xml version="1.0"?>}), or null. */
    public String declaration() {
        return declaration;
    }

    public List<XmlNode> before() {
        return before;
    }

    public XmlElement root() {
        return root;
    }

    public List<XmlNode> after() {
        return after;
    }

    /** A deep copy: changes to it leave this document alone. */
    public XmlDocument copy() {
        return new XmlDocument(declaration, copyAll(before), (XmlElement) copyNode(root), copyAll(after));
    }

    private static List<XmlNode> copyAll(List<XmlNode> nodes) {
        List<XmlNode> out = new ArrayList<>();
        for (XmlNode n : nodes) {
            out.add(copyNode(n));
        }
        return out;
    }

    private static XmlNode copyNode(XmlNode node) {
        if (node instanceof XmlElement e) {
            XmlElement c = new XmlElement(e.name());
            e.attributes().forEach(c::setAttr);
            for (XmlNode child : e.children()) {
                c.append(copyNode(child));
            }
            return c;
        }
        if (node instanceof XmlText t) {
            return new XmlText(t.text(), t.cdata());
        }
        if (node instanceof XmlComment c) {
            return new XmlComment(c.text());
        }
        XmlPi pi = (XmlPi) node;
        return new XmlPi(pi.target(), pi.data());
    }

    @Override
    public String toString() {
        return XmlWriter.write(this);
    }
}

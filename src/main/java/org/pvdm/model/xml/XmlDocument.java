package org.pvdm.model.xml;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;

/**
 * A parsed document: the optional XML declaration, top-level comments and processing instructions around
 * the root, the root element, and, for a document read from bytes, how those bytes were stored. Parse with
 * {@link XmlParser}, write with {@link XmlWriter} (text) or {@link XmlOutput} (bytes for a file).
 */
public final class XmlDocument {
    private final String declaration;
    private final List<XmlNode> before;
    private final XmlElement root;
    private final List<XmlNode> after;
    private final XmlSource source;

    XmlDocument(String declaration, List<XmlNode> before, XmlElement root, List<XmlNode> after, XmlSource source) {
        this.declaration = declaration;
        this.before = before;
        this.root = Objects.requireNonNull(root);
        this.after = after;
        this.source = source;
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

    /** How the file this came from was stored; null when it was parsed from text. */
    public XmlSource source() {
        return source;
    }

    /** A deep copy: changes to it leave this document alone. It keeps the same source. */
    public XmlDocument copy() {
        return new XmlDocument(declaration, copyAll(before), (XmlElement) copyNode(root), copyAll(after), source);
    }

    private static List<XmlNode> copyAll(List<XmlNode> nodes) {
        List<XmlNode> out = new ArrayList<>();
        for (XmlNode n : nodes) {
            out.add(copyNode(n));
        }
        return out;
    }

    /** Copies a subtree with an explicit stack: nesting depth costs heap, never call stack. */
    private static XmlNode copyNode(XmlNode node) {
        if (!(node instanceof XmlElement top)) {
            return copyLeaf(node);
        }
        XmlElement topCopy = shallow(top);
        Deque<XmlElement[]> todo = new ArrayDeque<>();
        todo.push(new XmlElement[] {top, topCopy});
        while (!todo.isEmpty()) {
            XmlElement[] pair = todo.pop();
            for (XmlNode child : pair[0].children) {
                if (child instanceof XmlElement e) {
                    XmlElement c = shallow(e);
                    pair[1].append(c);
                    todo.push(new XmlElement[] {e, c});
                } else {
                    pair[1].append(copyLeaf(child));
                }
            }
        }
        return topCopy;
    }

    private static XmlElement shallow(XmlElement e) {
        XmlElement c = new XmlElement(e.name());
        e.attributes().forEach(c::setAttr);
        return c;
    }

    private static XmlNode copyLeaf(XmlNode node) {
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

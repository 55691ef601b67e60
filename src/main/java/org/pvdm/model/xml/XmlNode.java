package org.pvdm.model.xml;

/** A node of the kept XML tree: an element, text, comment or processing instruction. */
public abstract sealed class XmlNode permits XmlElement, XmlText, XmlComment, XmlPi {
    XmlElement parent;

    /** The element holding this node, or null for a top-level node. */
    public XmlElement parent() {
        return parent;
    }

    /** Removes this node from its parent; returns the index it had there, or -1. */
    public int detach() {
        if (parent == null) {
            return -1;
        }
        int index = parent.children.indexOf(this);
        parent.children.remove(index);
        parent = null;
        return index;
    }
}

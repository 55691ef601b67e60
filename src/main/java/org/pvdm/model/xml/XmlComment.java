package org.pvdm.model.xml;

/** A comment, kept in place. */
public final class XmlComment extends XmlNode {
    private final String text;

    public XmlComment(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}

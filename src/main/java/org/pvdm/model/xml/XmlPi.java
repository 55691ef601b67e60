package org.pvdm.model.xml;

/** A processing instruction, kept in place. */
public final class XmlPi extends XmlNode {
    private final String target;
    private final String data;

    public XmlPi(String target, String data) {
        this.target = target;
        this.data = data == null ? "" : data;
    }

    public String target() {
        return target;
    }

    public String data() {
        return data;
    }
}

package org.pvdm.model.xml;

/** Character data; {@code cdata} keeps a CDATA section a CDATA section. */
public final class XmlText extends XmlNode {
    private String text;
    private final boolean cdata;

    public XmlText(String text, boolean cdata) {
        this.text = text;
        this.cdata = cdata;
    }

    public String text() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public boolean cdata() {
        return cdata;
    }

    /** True when this is only indentation between elements. */
    public boolean isWhitespace() {
        return !cdata && text.isBlank();
    }
}

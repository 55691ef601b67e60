package org.pvdm.model.xml;

import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamException;

/** Turns the JDK parser's messages into one line that says what is wrong and where. */
final class XmlErrors {
    private XmlErrors() {}

    static String at(Location l) {
        if (l == null || l.getLineNumber() < 0) {
            return "";
        }
        return "line " + l.getLineNumber() + ": ";
    }

    /**
     * @param open the innermost element still open when the parser stopped, or null
     */
    static String describe(XMLStreamException e, XmlElement open) {
        String msg = e.getMessage() == null ? "" : e.getMessage();
        int nested = msg.indexOf("Message: ");
        if (nested >= 0) {
            msg = msg.substring(nested + "Message: ".length());
        }
        msg = msg.replaceAll("\\s+", " ").trim();
        String where = at(e.getLocation());
        if (open == null && msg.contains("Premature end of file")) {
            return "no root element: the file is empty or holds no XML element";
        }
        if (msg.contains("must start and end within the same entity") || msg.contains("Premature end of file")) {
            return where + "not well-formed (truncated?): the file ends"
                    + (open == null ? " before its root element is complete" : " inside <" + open.name() + ">");
        }
        if (msg.contains("DOCTYPE") || msg.contains("was referenced, but not declared")) {
            return where + "a DOCTYPE or entity is not allowed in a domain XML (refused for safety): " + msg;
        }
        return where + "not well-formed XML: " + (msg.isEmpty() ? "the parser gave no reason" : msg);
    }
}

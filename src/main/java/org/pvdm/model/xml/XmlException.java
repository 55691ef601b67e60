package org.pvdm.model.xml;

/** Input that is not well-formed, hostile, or not what was expected; the message is one line for a person. */
public class XmlException extends Exception {
    private static final long serialVersionUID = 1L;

    public XmlException(String message) {
        super(message);
    }

    public XmlException(String message, Throwable cause) {
        super(message, cause);
    }
}

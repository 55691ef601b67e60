package org.pvdm.model.xml;

/**
 * Thrown by {@link PlainXmlReader} and {@link PlainXmlCursor} where the text leaves the plain form they read: the
 * JDK's parser takes over. Never leaves the package; one instance without a stack trace, as it is no error.
 */
final class NotPlain extends Exception {
    private static final long serialVersionUID = 1L;
    static final NotPlain INSTANCE = new NotPlain();

    private NotPlain() {
        super(null, null, false, false);
    }
}

package org.pvdm.model.xml;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Parses XML into a kept tree, safely: a DOCTYPE is refused outright, so no external entity is ever
 * fetched and no entity is ever expanded (billion laughs, XXE). Namespace prefixes are kept as written.
 * The tree is built with an explicit stack and text runs are gathered in one buffer, so time and stack use
 * do not grow with nesting depth or with the number of character references in a text.
 */
public final class XmlParser {
    /** Domain XMLs are a few KiB; libvirt takes descriptions of several MiB, so only far larger is refused. */
    public static final long MAX_BYTES = 16L * 1024 * 1024;

    private static final String[] LIFTED_LIMITS = {"jdk.xml.maxGeneralEntitySizeLimit", "jdk.xml.totalEntitySizeLimit",
        "jdk.xml.entityExpansionLimit", "jdk.xml.maxElementDepth"};

    private static final XMLInputFactory FACTORY = newFactory();

    private XmlParser() {}

    private static XMLInputFactory newFactory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, true);
        f.setXMLResolver((publicId, systemId, baseUri, ns) -> {
            throw new XMLStreamException("external entities are not allowed: " + systemId);
        });
        // Errors become exceptions with one message; nothing may be printed on stderr by the JDK's parser.
        f.setXMLReporter((message, type, info, location) -> { });
        trySet(f, "http://java.sun.com/xml/stream/properties/report-cdata-event", Boolean.TRUE);
        // No DTD means no declared entity, so the JDK's entity limits guard nothing here; newer JDKs count
        // every &amp; against them and would refuse large valid descriptions. Depth needs no limit either:
        // the tree code has no recursion.
        for (String limit : LIFTED_LIMITS) {
            trySet(f, limit, "0");
        }
        return f;
    }

    private static void trySet(XMLInputFactory f, String property, Object value) {
        try {
            if (f.isPropertySupported(property)) {
                f.setProperty(property, value);
            }
        } catch (IllegalArgumentException ignored) {
            // an older or newer JDK without this property: its default applies
        }
    }

    /** Parses text that is already characters (e.g. from libvirt); the result has no {@link XmlSource}. */
    public static XmlDocument parse(String xml) throws XmlException {
        return parse(xml, null);
    }

    /** Parses a file's bytes in the encoding they declare; the document keeps them as its {@link XmlSource}. */
    public static XmlDocument parse(byte[] bytes) throws XmlException {
        if (bytes.length > MAX_BYTES) {
            throw tooLarge();
        }
        XmlDecoding.Decoded d = XmlDecoding.decode(bytes);
        return parse(d.text(), d.source());
    }

    public static XmlDocument parse(Path file) throws XmlException, IOException {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) MAX_BYTES + 1);
        }
        return parse(bytes);
    }

    private static XmlException tooLarge() {
        return new XmlException("file is larger than " + MAX_BYTES / (1024 * 1024) + " MiB: not a domain XML");
    }

    private static XmlDocument parse(String text, XmlSource source) throws XmlException {
        XMLStreamReader r = null;
        try {
            r = FACTORY.createXMLStreamReader(new StringReader(text));
            return new TreeBuilder(r, source, text).read();
        } catch (XMLStreamException e) {
            throw new XmlException(XmlErrors.describe(e, null), e);
        } finally {
            close(r);
        }
    }

    /** One parse: the open elements and the text run being gathered. */
    private static final class TreeBuilder {
        private final XMLStreamReader r;
        private final XmlSource source;
        private final List<XmlNode> before = new ArrayList<>();
        private final List<XmlNode> after = new ArrayList<>();
        private final Deque<XmlElement> open = new ArrayDeque<>();
        private final StringBuilder text = new StringBuilder();
        private XmlElement root;

        private final String input;

        TreeBuilder(XMLStreamReader r, XmlSource source, String input) {
            this.r = r;
            this.source = source;
            this.input = input;
        }

        XmlDocument read() throws XmlException {
            String declaration = declaration(r, input);
            try {
                while (r.hasNext()) {
                    step(r.next());
                }
            } catch (XMLStreamException e) {
                throw new XmlException(XmlErrors.describe(e, open.peek()), e);
            }
            if (root == null) {
                throw new XmlException("no root element: the file is empty or holds no XML element");
            }
            return new XmlDocument(declaration, before, root, after, source);
        }

        private void step(int event) throws XmlException {
            XmlElement current = open.peek();
            if (event != XMLStreamConstants.CHARACTERS && event != XMLStreamConstants.SPACE) {
                flushText(current);
            }
            switch (event) {
                case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_DECLARATION,
                        XMLStreamConstants.ENTITY_REFERENCE, XMLStreamConstants.NOTATION_DECLARATION ->
                    throw new XmlException(XmlErrors.at(r.getLocation())
                            + "a DOCTYPE or entity declaration is not allowed in a domain XML"
                            + " (refused for safety; libvirt never writes one)");
                case XMLStreamConstants.START_ELEMENT -> {
                    XmlElement e = startElement(r);
                    if (current != null) {
                        current.append(e);
                    } else if (root == null) {
                        root = e;
                    }
                    open.push(e);
                }
                case XMLStreamConstants.END_ELEMENT -> open.pop();
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.SPACE -> {
                    if (current != null) {
                        text.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
                    }
                }
                case XMLStreamConstants.CDATA -> {
                    if (current != null) {
                        current.append(new XmlText(r.getText(), true));
                    }
                }
                case XMLStreamConstants.COMMENT -> place(new XmlComment(r.getText()), current);
                case XMLStreamConstants.PROCESSING_INSTRUCTION -> place(new XmlPi(r.getPITarget(), r.getPIData()), current);
                default -> { }
            }
        }

        /** Ends the text run: one text node however many chunks (one per character reference) it came in. */
        private void flushText(XmlElement current) {
            if (text.length() > 0 && current != null) {
                current.append(new XmlText(text.toString(), false));
            }
            text.setLength(0);
        }

        private void place(XmlNode node, XmlElement current) {
            if (current != null) {
                current.append(node);
            } else if (root == null) {
                before.add(node);
            } else {
                after.add(node);
            }
        }
    }

    /** The declaration as written (quotes and spacing kept), or rebuilt from what the parser read. */
    private static String declaration(XMLStreamReader r, String input) {
        if (r.getVersion() == null) {
            return null;
        }
        int end = input.indexOf("?>");
        if (input.startsWith("<?xml") && input.length() > 5 && Character.isWhitespace(input.charAt(5)) && end > 0) {
            return input.substring(0, end + 2);
        }
        StringBuilder sb = new StringBuilder("<?xml version=\"").append(r.getVersion()).append('"');
        if (r.getCharacterEncodingScheme() != null) {
            sb.append(" encoding=\"").append(r.getCharacterEncodingScheme()).append('"');
        }
        if (r.standaloneSet()) {
            sb.append(" standalone=\"").append(r.isStandalone() ? "yes" : "no").append('"');
        }
        return sb.append("?>").toString();
    }

    private static XmlElement startElement(XMLStreamReader r) {
        XmlElement e = new XmlElement(qualified(r.getPrefix(), r.getLocalName()));
        for (int i = 0; i < r.getAttributeCount(); i++) {
            e.setAttr(qualified(r.getAttributePrefix(i), r.getAttributeLocalName(i)), r.getAttributeValue(i));
        }
        return e;
    }

    private static String qualified(String prefix, String local) {
        return prefix == null || prefix.isEmpty() ? local : prefix + ":" + local;
    }

    private static void close(XMLStreamReader r) {
        if (r != null) {
            try {
                r.close();
            } catch (XMLStreamException ignored) {
                // nothing was written; closing a reader cannot lose data
            }
        }
    }
}

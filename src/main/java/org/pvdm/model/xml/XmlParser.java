package org.pvdm.model.xml;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Parses XML into a kept tree, safely: a DOCTYPE is refused outright, so no external entity is ever
 * fetched and no entity is ever expanded (billion laughs, XXE). Namespace prefixes are kept as written.
 */
public final class XmlParser {
    /** Domain XMLs are a few KiB; anything this large is not one. */
    public static final long MAX_BYTES = 16L * 1024 * 1024;

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
        trySet(f, "http://java.sun.com/xml/stream/properties/report-cdata-event", Boolean.TRUE);
        return f;
    }

    private static void trySet(XMLInputFactory f, String property, Object value) {
        if (f.isPropertySupported(property)) {
            f.setProperty(property, value);
        }
    }

    public static XmlDocument parse(String xml) throws XmlException {
        return parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "UTF-8");
    }

    public static XmlDocument parse(Path file) throws XmlException, IOException {
        if (Files.size(file) > MAX_BYTES) {
            throw new XmlException("file is larger than " + MAX_BYTES / (1024 * 1024) + " MiB: not a domain XML");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in, null);
        }
    }

    private static XmlDocument parse(InputStream in, String encoding) throws XmlException {
        XMLStreamReader r = null;
        try {
            r = encoding == null ? FACTORY.createXMLStreamReader(in) : FACTORY.createXMLStreamReader(in, encoding);
            return read(r);
        } catch (XMLStreamException e) {
            throw new XmlException(describe(e), e);
        } finally {
            close(r);
        }
    }

    private static XmlDocument read(XMLStreamReader r) throws XMLStreamException, XmlException {
        String declaration = declaration(r);
        List<XmlNode> before = new ArrayList<>();
        List<XmlNode> after = new ArrayList<>();
        XmlElement root = null;
        Deque<XmlElement> open = new ArrayDeque<>();
        while (r.hasNext()) {
            int event = r.next();
            XmlElement current = open.peek();
            switch (event) {
                case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_DECLARATION,
                        XMLStreamConstants.ENTITY_REFERENCE, XMLStreamConstants.NOTATION_DECLARATION ->
                    throw new XmlException(at(r) + "a DOCTYPE or entity declaration is not allowed in a domain XML"
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
                        appendText(current, r.getText());
                    }
                }
                case XMLStreamConstants.CDATA -> {
                    if (current != null) {
                        current.append(new XmlText(r.getText(), true));
                    }
                }
                case XMLStreamConstants.COMMENT -> place(new XmlComment(r.getText()), current, root, before, after);
                case XMLStreamConstants.PROCESSING_INSTRUCTION ->
                    place(new XmlPi(r.getPITarget(), r.getPIData()), current, root, before, after);
                default -> { }
            }
        }
        if (root == null) {
            throw new XmlException("no root element: the file is empty or holds no XML element");
        }
        return new XmlDocument(declaration, before, root, after);
    }

    private static String declaration(XMLStreamReader r) {
        if (r.getVersion() == null) {
            return null;
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

    private static void appendText(XmlElement current, String text) {
        List<XmlNode> kids = current.children;
        if (!kids.isEmpty() && kids.get(kids.size() - 1) instanceof XmlText last && !last.cdata()) {
            last.setText(last.text() + text);
        } else {
            current.append(new XmlText(text, false));
        }
    }

    private static void place(XmlNode node, XmlElement current, XmlElement root, List<XmlNode> before,
                              List<XmlNode> after) {
        if (current != null) {
            current.append(node);
        } else if (root == null) {
            before.add(node);
        } else {
            after.add(node);
        }
    }

    private static String at(XMLStreamReader r) {
        Location l = r.getLocation();
        return l == null || l.getLineNumber() < 0 ? "" : "line " + l.getLineNumber() + ": ";
    }

    private static String describe(XMLStreamException e) {
        String msg = e.getMessage() == null ? "not well-formed XML" : e.getMessage();
        int nested = msg.indexOf("Message: ");
        if (nested >= 0) {
            msg = msg.substring(nested + "Message: ".length());
        }
        msg = msg.replaceAll("\\s+", " ").trim();
        Location l = e.getLocation();
        String where = l == null || l.getLineNumber() < 0 ? "" : "line " + l.getLineNumber() + ": ";
        if (msg.contains("DOCTYPE") || msg.contains("entity")) {
            return where + "a DOCTYPE or entity is not allowed in a domain XML (refused for safety): " + msg;
        }
        return where + "not well-formed XML: " + msg;
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

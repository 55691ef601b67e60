package org.pvdm.model.xml;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * One parse: builds the kept tree from StAX events with an explicit stack of open elements, and gathers each
 * text run in one buffer (the parser reports every character reference as its own chunk).
 */
final class XmlTreeBuilder {
    private static final int SHARED_LENGTH = 64;
    private static final int SHARED_COUNT = 4096;

    private final XMLStreamReader r;
    private final XmlSource source;
    private final String input;
    private final List<XmlNode> before = new ArrayList<>();
    private final List<XmlNode> after = new ArrayList<>();
    private final Deque<XmlElement> open = new ArrayDeque<>();
    private final StringBuilder text = new StringBuilder();
    /** Short texts and comments seen so far: indentation repeats on every line, so a big tree shares them. */
    private final Map<String, String> shared = new HashMap<>();
    private XmlElement root;

    XmlTreeBuilder(XMLStreamReader r, XmlSource source, String input) {
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
            case XMLStreamConstants.COMMENT -> place(new XmlComment(share(r.getText())), current);
            case XMLStreamConstants.PROCESSING_INSTRUCTION -> place(new XmlPi(r.getPITarget(), r.getPIData()), current);
            default -> { }
        }
    }

    /** Ends the text run: one text node however many chunks (one per character reference) it came in. */
    private void flushText(XmlElement current) {
        if (text.length() > 0 && current != null) {
            current.append(new XmlText(share(text.toString()), false));
        }
        text.setLength(0);
    }

    private String share(String s) {
        if (s.length() > SHARED_LENGTH) {
            return s;
        }
        String known = shared.get(s);
        if (known != null) {
            return known;
        }
        if (shared.size() < SHARED_COUNT) {
            shared.put(s, s);
        }
        return s;
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
}

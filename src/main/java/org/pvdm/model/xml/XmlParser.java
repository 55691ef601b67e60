package org.pvdm.model.xml;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.stream.XMLInputFactory;
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

    /** The JDK's parser, set up on first use: the plain reader takes what libvirt writes without it. */
    private static final class Full {
        static final XMLInputFactory FACTORY = newFactory();
    }

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
        XmlDocument plain = PlainXmlReader.read(text, source);
        if (plain != null) {
            return plain;
        }
        return parseFully(text, source);
    }

    /** The JDK's parser: for every text, and the only one for what {@link PlainXmlReader} does not take. */
    static XmlDocument parseFully(String text, XmlSource source) throws XmlException {
        XMLStreamReader r = null;
        try {
            r = Full.FACTORY.createXMLStreamReader(new StringReader(text));
            return new XmlTreeBuilder(r, source, text).read();
        } catch (XMLStreamException e) {
            throw new XmlException(XmlErrors.describe(e, null), e);
        } finally {
            close(r);
        }
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

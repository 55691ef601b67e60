package org.pvdm.host.libvirt;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Just what the stats fallback needs from a guest's live XML: disk target devs and NIC (MAC, target dev)
 * pairs. Not a domain model (that is org.pvdm.model's job).
 */
record DomainDevices(List<String> disks, List<Nic> nics) {

    /** @param targetDev the host-side device (vnet0), null when libvirt gave none (guest off, user networking) */
    record Nic(String mac, String targetDev) {}

    static final DomainDevices NONE = new DomainDevices(List.of(), List.of());

    /** The MAC of the NIC whose host-side device is dev, or null. */
    String macOf(String dev) {
        for (Nic n : nics) {
            if (dev.equals(n.targetDev()) || dev.equalsIgnoreCase(n.mac())) {
                return n.mac();
            }
        }
        return null;
    }

    static DomainDevices parse(String xml) throws IOException {
        Element root;
        try {
            root = builder().parse(new InputSource(new StringReader(xml))).getDocumentElement();
        } catch (SAXException | ParserConfigurationException e) {
            throw new IOException("unreadable domain XML: " + e.getMessage(), e);
        }
        Element devices = child(root, "devices");
        if (devices == null) {
            return NONE;
        }
        List<String> disks = new ArrayList<>();
        List<Nic> nics = new ArrayList<>();
        for (Node n = devices.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e)) {
                continue;
            }
            Element target = child(e, "target");
            String dev = target == null || target.getAttribute("dev").isEmpty() ? null : target.getAttribute("dev");
            if (e.getTagName().equals("disk") && dev != null) {
                disks.add(dev);
            } else if (e.getTagName().equals("interface")) {
                Element mac = child(e, "mac");
                if (mac != null && !mac.getAttribute("address").isEmpty()) {
                    nics.add(new Nic(mac.getAttribute("address").toLowerCase(Locale.ROOT), dev));
                }
            }
        }
        return new DomainDevices(List.copyOf(disks), List.copyOf(nics));
    }

    private static Element child(Element parent, String name) {
        NodeList list = parent.getChildNodes();
        for (int i = 0; i < list.getLength(); i++) {
            if (list.item(i) instanceof Element e && e.getTagName().equals(name)) {
                return e;
            }
        }
        return null;
    }

    private static DocumentBuilder builder() throws ParserConfigurationException {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        DocumentBuilder b = f.newDocumentBuilder();
        b.setErrorHandler(new DefaultHandler() { // the JDK's default handler prints to stderr
            @Override
            public void error(SAXParseException e) throws SAXException {
                throw e;
            }
        });
        return b;
    }
}

package org.pvdm.model.xml;

import java.util.List;
import java.util.Objects;

/**
 * Compares two trees as XML: same elements, attributes (in any order), text, comments and order, with
 * indentation ignored (libvirt re-indents foreign metadata when a definition is stored again).
 */
public final class XmlEquivalence {
    private XmlEquivalence() {}

    public static boolean equivalent(XmlDocument a, XmlDocument b) {
        return same(a.root(), b.root());
    }

    private static boolean same(XmlElement a, XmlElement b) {
        if (!a.name().equals(b.name()) || !a.attributes().equals(b.attributes())) {
            return false;
        }
        List<XmlNode> ca = significant(a);
        List<XmlNode> cb = significant(b);
        if (ca.size() != cb.size()) {
            return false;
        }
        for (int i = 0; i < ca.size(); i++) {
            if (!sameNode(ca.get(i), cb.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameNode(XmlNode x, XmlNode y) {
        if (x instanceof XmlElement ex && y instanceof XmlElement ey) {
            return same(ex, ey);
        }
        if (x instanceof XmlText tx && y instanceof XmlText ty) {
            return tx.text().strip().equals(ty.text().strip());
        }
        if (x instanceof XmlComment cx && y instanceof XmlComment cy) {
            return cx.text().equals(cy.text());
        }
        if (x instanceof XmlPi px && y instanceof XmlPi py) {
            return px.target().equals(py.target()) && Objects.equals(px.data(), py.data());
        }
        return false;
    }

    private static List<XmlNode> significant(XmlElement e) {
        return e.children().stream().filter(n -> !(n instanceof XmlText t && t.isWhitespace())).toList();
    }
}

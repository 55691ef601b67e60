package org.pvdm.model.xml;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;

/**
 * Compares two trees as XML: same elements, attributes (in any order), text, comments and order, with
 * indentation ignored (libvirt re-indents foreign metadata when a definition is stored again). Pairs of
 * elements still to compare wait on an explicit stack: no recursion over depth.
 */
public final class XmlEquivalence {
    private XmlEquivalence() {}

    public static boolean equivalent(XmlDocument a, XmlDocument b) {
        Deque<XmlElement[]> todo = new ArrayDeque<>();
        todo.push(new XmlElement[] {a.root(), b.root()});
        while (!todo.isEmpty()) {
            XmlElement[] pair = todo.pop();
            if (!sameShallow(pair[0], pair[1], todo)) {
                return false;
            }
        }
        return true;
    }

    /** Compares names, attributes and non-element children; queues the element children pairwise. */
    private static boolean sameShallow(XmlElement a, XmlElement b, Deque<XmlElement[]> todo) {
        if (!a.name().equals(b.name()) || !a.attributes().equals(b.attributes())) {
            return false;
        }
        List<XmlNode> ca = significant(a);
        List<XmlNode> cb = significant(b);
        if (ca.size() != cb.size()) {
            return false;
        }
        for (int i = 0; i < ca.size(); i++) {
            XmlNode x = ca.get(i);
            XmlNode y = cb.get(i);
            if (x instanceof XmlElement ex && y instanceof XmlElement ey) {
                todo.push(new XmlElement[] {ex, ey});
            } else if (!sameLeaf(x, y)) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameLeaf(XmlNode x, XmlNode y) {
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

package org.pvdm.model.xml;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An element of the kept tree. Attributes keep their document order (unlike org.w3c.dom, whose
 * attribute maps are sorted), children keep comments, whitespace and order, so that writing an unchanged
 * tree gives back the document it came from.
 */
public final class XmlElement extends XmlNode {
    private final String name;
    /** Null until the first attribute is set: most elements of a large tree have none, and each map costs. */
    private Map<String, String> attributes;
    final List<XmlNode> children = new ArrayList<>();

    public XmlElement(String name) {
        this.name = name;
    }

    /** The qualified name as written, e.g. {@code disk} or {@code libosinfo:os}. */
    public String name() {
        return name;
    }

    /** The name without its prefix. */
    public String localName() {
        int colon = name.indexOf(':');
        return colon < 0 ? name : name.substring(colon + 1);
    }

    /** The namespace URI of this element's name, resolved through the xmlns attributes in scope. */
    public String namespaceUri() {
        int colon = name.indexOf(':');
        return lookupNamespace(colon < 0 ? "" : name.substring(0, colon));
    }

    /** The URI bound to a prefix ("" for the default namespace) here, or "" when unbound. */
    public String lookupNamespace(String prefix) {
        String attr = prefix.isEmpty() ? "xmlns" : "xmlns:" + prefix;
        for (XmlElement e = this; e != null; e = e.parent) {
            String uri = e.attributes == null ? null : e.attributes.get(attr);
            if (uri != null) {
                return uri;
            }
        }
        return "";
    }

    public Map<String, String> attributes() {
        return attributes == null ? Collections.emptyMap() : Collections.unmodifiableMap(attributes);
    }

    /** The attribute's value, or null. */
    public String attr(String attrName) {
        return attributes == null ? null : attributes.get(attrName);
    }

    public Optional<String> optAttr(String attrName) {
        return Optional.ofNullable(attr(attrName));
    }

    /** Sets an attribute: in place when it exists, else appended after the others. */
    public XmlElement setAttr(String attrName, String value) {
        if (attributes == null) {
            attributes = new LinkedHashMap<>();
        }
        attributes.put(attrName, value);
        return this;
    }

    public void removeAttr(String attrName) {
        if (attributes != null) {
            attributes.remove(attrName);
        }
    }

    public List<XmlNode> children() {
        return Collections.unmodifiableList(children);
    }

    /** Element children in order. */
    public List<XmlElement> elements() {
        List<XmlElement> out = new ArrayList<>();
        for (XmlNode n : children) {
            if (n instanceof XmlElement e) {
                out.add(e);
            }
        }
        return out;
    }

    /** Element children with this qualified name. */
    public List<XmlElement> elements(String childName) {
        List<XmlElement> out = new ArrayList<>();
        for (XmlNode n : children) {
            if (n instanceof XmlElement e && e.name.equals(childName)) {
                out.add(e);
            }
        }
        return out;
    }

    /** The first element child with this name. */
    public Optional<XmlElement> child(String childName) {
        for (XmlNode n : children) {
            if (n instanceof XmlElement e && e.name.equals(childName)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** Follows a path of child names, e.g. {@code "os/type"}. */
    public Optional<XmlElement> path(String slashPath) {
        XmlElement current = this;
        for (String step : slashPath.split("/")) {
            Optional<XmlElement> next = current.child(step);
            if (next.isEmpty()) {
                return Optional.empty();
            }
            current = next.get();
        }
        return Optional.of(current);
    }

    /** Concatenated character data of the direct children, trimmed. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        for (XmlNode n : children) {
            if (n instanceof XmlText t) {
                sb.append(t.text());
            }
        }
        return sb.toString().trim();
    }

    /** Inserts a node at a position among the children. */
    public void insert(int index, XmlNode node) {
        if (node.parent != null) {
            node.detach();
        }
        node.parent = this;
        children.add(index, node);
    }

    public void append(XmlNode node) {
        insert(children.size(), node);
    }

    /** Creates an empty element child at the end, indented like its siblings, and returns it. */
    public XmlElement addElement(String childName) {
        XmlElement created = new XmlElement(childName);
        XmlElement last = null;
        for (XmlNode n : children) {
            if (n instanceof XmlElement e) {
                last = e;
            }
        }
        int at = last == null ? children.size() : children.indexOf(last) + 1;
        insertIndented(at, created);
        return created;
    }

    /** Creates an empty element child right after {@code sibling}, indented like it, and returns it. */
    public XmlElement addElementAfter(XmlElement sibling, String childName) {
        XmlElement created = new XmlElement(childName);
        insertIndented(children.indexOf(sibling) + 1, created);
        return created;
    }

    private void insertIndented(int at, XmlElement created) {
        String childIndent = Indent.childIndent(this);
        if (childIndent == null) {
            insert(at, created);
            return;
        }
        boolean empty = children.isEmpty();
        insert(at, created);
        insert(at, new XmlText("\n" + childIndent, false));
        if (empty) {
            append(new XmlText("\n" + Indent.ownIndent(this), false));
        }
    }

    /** Removes an element child together with the indentation before it. */
    public void removeElement(XmlElement child) {
        int index = children.indexOf(child);
        if (index < 0) {
            return;
        }
        child.detach();
        if (index > 0 && children.get(index - 1) instanceof XmlText t && t.isWhitespace()) {
            children.remove(index - 1).parent = null;
        }
        if (elements().isEmpty() && children.stream().allMatch(n -> n instanceof XmlText t && t.isWhitespace())) {
            children.forEach(n -> n.parent = null);
            children.clear();
        }
    }
}

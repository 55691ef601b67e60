package org.pvdm.readiness;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * libosinfo's database (Debian package osinfo-db) as data: per OS id its name, what it derives from and the
 * devices it supports in-box. Files are streamed (no DTD, no entities, no symlinks, size-capped); inheritance
 * through {@code <derives-from>} is resolved with a work list, never recursion, and a cycle cannot loop.
 */
public final class OsinfoDb {
    private static final Logger LOG = LoggerFactory.getLogger(OsinfoDb.class);
    public static final Path SYSTEM_DIR = Path.of("/usr/share/osinfo");
    private static final long MAX_FILE = 4L * 1024 * 1024;
    private static final int MAX_CHAIN = 64;

    /** One OS as the files state it (before inheritance). */
    private static final class Entry {
        String name = "";
        final List<String> derives = new ArrayList<>();
        final Set<String> devices = new HashSet<>();
        final Set<String> unsupported = new HashSet<>();
    }

    /** An OS with inheritance resolved. */
    public record Os(String id, String name, Set<String> devices) {}

    private final Map<String, Entry> entries;
    private final boolean present;

    private OsinfoDb(Map<String, Entry> entries, boolean present) {
        this.entries = entries;
        this.present = present;
    }

    /** True when the database directory was there (an empty result otherwise means "not installed"). */
    public boolean present() {
        return present;
    }

    public int size() {
        return entries.size();
    }

    private static volatile OsinfoDb system;

    /** The system's database, read once. */
    public static OsinfoDb system() {
        OsinfoDb db = system;
        if (db == null) {
            db = load(SYSTEM_DIR);
            system = db;
        }
        return db;
    }

    /** Reads every os/**.xml under root; unreadable or hostile files are logged and skipped. */
    public static OsinfoDb load(Path root) {
        Path os = root.resolve("os");
        Map<String, Entry> map = new HashMap<>();
        if (!Files.isDirectory(os, LinkOption.NOFOLLOW_LINKS)) {
            return new OsinfoDb(map, false);
        }
        XMLInputFactory f = factory();
        try (Stream<Path> files = Files.walk(os)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                if (p.getFileName().toString().endsWith(".xml") && plainSmallFile(p)) {
                    read(f, p, map);
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("cannot read all of {}: {}", os, e.getMessage());
        }
        return new OsinfoDb(map, true);
    }

    private static boolean plainSmallFile(Path p) throws IOException {
        BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        return a.isRegularFile() && a.size() <= MAX_FILE;
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        f.setXMLResolver((publicId, systemId, baseUri, ns) -> {
            throw new XMLStreamException("external entities are not allowed: " + systemId);
        });
        return f;
    }

    private static void read(XMLInputFactory f, Path p, Map<String, Entry> map) {
        try (InputStream in = Files.newInputStream(p, LinkOption.NOFOLLOW_LINKS)) {
            XMLStreamReader r = f.createXMLStreamReader(in);
            Map<String, Entry> own = new HashMap<>();
            try {
                scan(r, own);
            } finally {
                r.close();
            }
            own.forEach((id, e) -> merge(map.computeIfAbsent(id, k -> new Entry()), e));
        } catch (IOException | XMLStreamException | RuntimeException e) {
            LOG.warn("skipping osinfo file {}: {}", p, e.getMessage());
        }
    }

    /** A .d file adds to the entry of the same id. */
    private static void merge(Entry into, Entry from) {
        if (into.name.isEmpty()) {
            into.name = from.name;
        }
        into.derives.addAll(from.derives);
        into.devices.addAll(from.devices);
        into.unsupported.addAll(from.unsupported);
    }

    /** One pass over the events; the open elements are a stack of names, so depth costs no recursion. */
    private static void scan(XMLStreamReader r, Map<String, Entry> map) throws XMLStreamException {
        Deque<String> open = new ArrayDeque<>();
        Entry current = null;
        StringBuilder name = null;
        while (r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.DTD) {
                throw new XMLStreamException("a DOCTYPE is not allowed in osinfo data");
            }
            if (ev == XMLStreamConstants.START_ELEMENT) {
                String el = r.getLocalName();
                String parent = open.peek();
                if (el.equals("os") && open.size() == 1) {
                    String id = r.getAttributeValue(null, "id");
                    current = id == null ? null : map.computeIfAbsent(id, k -> new Entry());
                } else if (current != null && "os".equals(parent) && open.size() == 2) {
                    if (el.equals("derives-from") && r.getAttributeValue(null, "id") != null) {
                        current.derives.add(r.getAttributeValue(null, "id"));
                    } else if (el.equals("name") && r.getAttributeCount() == 0 && current.name.isEmpty()) {
                        name = new StringBuilder();
                    }
                } else if (current != null && el.equals("device") && "devices".equals(parent) && open.size() == 3) {
                    String id = r.getAttributeValue(null, "id");
                    if (id != null) {
                        if ("false".equals(r.getAttributeValue(null, "supported"))) {
                            current.unsupported.add(id);
                        } else {
                            current.devices.add(id);
                        }
                    }
                }
                open.push(el);
            } else if (ev == XMLStreamConstants.CHARACTERS && name != null) {
                name.append(r.getText());
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                open.pop();
                if (name != null && current != null) {
                    current.name = name.toString().trim();
                    name = null;
                }
                if (open.size() == 1) {
                    current = null;
                }
            }
        }
    }

    /** The OS with everything it inherits: ancestors first, each descendant adding and withdrawing devices. */
    public Optional<Os> os(String id) {
        Entry e = entries.get(id);
        if (e == null) {
            return Optional.empty();
        }
        List<Entry> chain = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(id));
        while (!todo.isEmpty() && seen.size() < MAX_CHAIN) {
            String next = todo.poll();
            Entry n = entries.get(next);
            if (n != null && seen.add(next)) {
                chain.add(n);
                todo.addAll(n.derives);
            }
        }
        Set<String> devices = new HashSet<>();
        for (int i = chain.size() - 1; i >= 0; i--) {
            devices.addAll(chain.get(i).devices);
            devices.removeAll(chain.get(i).unsupported);
        }
        return Optional.of(new Os(id, e.name.isEmpty() ? id : e.name, Set.copyOf(devices)));
    }
}

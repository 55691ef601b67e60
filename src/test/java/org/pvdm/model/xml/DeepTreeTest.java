package org.pvdm.model.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Parse, copy, write, compare and indent a document nested far deeper than any call stack allows when a
 * walk recurses: everything runs on a thread with a small stack, so one recursive walk fails the test.
 */
class DeepTreeTest {
    private static final int DEPTH = 100_000;
    private static final long SMALL_STACK = 256 * 1024;

    @Test
    void everyTreeWalkHandlesAnyDepthWithoutRecursion() throws Throwable {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                walkDeepDocument();
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "deep-xml", SMALL_STACK);
        t.start();
        t.join();
        if (failure.get() != null) {
            throw failure.get();
        }
    }

    private static void walkDeepDocument() throws Exception {
        String xml = "<domain type='kvm'>\n  <metadata>" + "<x>".repeat(DEPTH) + "leaf" + "</x>".repeat(DEPTH)
                + "</metadata>\n  <devices>\n    <disk/>\n  </devices>\n</domain>\n";
        XmlDocument doc = XmlParser.parse(xml.getBytes(StandardCharsets.UTF_8));
        XmlElement deepest = doc.root().child("metadata").orElseThrow();
        int depth = 0;
        while (deepest.child("x").isPresent()) {
            deepest = deepest.child("x").orElseThrow();
            depth++;
        }
        assertEquals(DEPTH, depth);
        assertEquals("leaf", deepest.text());
        XmlDocument copy = doc.copy();
        assertEquals(xml, XmlWriter.write(copy));
        assertTrue(XmlEquivalence.equivalent(doc, copy));
        copy.root().child("devices").orElseThrow().addElement("controller");
        assertTrue(!XmlEquivalence.equivalent(doc, copy), "a change deep in the walk order is seen");
        assertTrue(XmlWriter.write(copy.root().child("metadata").orElseThrow()).endsWith("</x></metadata>"));
        assertEquals(xml, new String(XmlOutput.bytes(doc, doc.copy()), StandardCharsets.UTF_8));
    }
}

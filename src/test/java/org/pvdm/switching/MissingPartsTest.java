package org.pvdm.switching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.pvdm.model.classify.Classifier;
import org.pvdm.model.convert.Selection;
import org.pvdm.model.domain.Domain;
import org.pvdm.model.xml.XmlElement;
import org.pvdm.model.xml.XmlNode;

/**
 * Hunts the NullPointerException class (a {@code <disk>} whose {@code <address>} had no type killed the batch):
 * every golden input, with each attribute removed in turn and each element removed in turn, goes through the
 * classifier, the conversion and every check, with and without the admin's word. Nothing may throw.
 */
class MissingPartsTest {

    @Test
    void noMissingAttributeOrElementMakesTheEngineThrow() throws Exception {
        List<String> failures = new ArrayList<>();
        int variants = 0;
        for (Path file : inputs()) {
            String xml = Files.readString(file, StandardCharsets.UTF_8);
            int elements = all(Domain.parse(xml).root()).size();
            for (int e = 0; e < elements; e++) {
                Domain d = Domain.parse(xml);
                XmlElement el = all(d.root()).get(e);
                for (String attr : List.copyOf(el.attributes().keySet())) {
                    Domain v = Domain.parse(xml);
                    all(v.root()).get(e).removeAttr(attr);
                    variants++;
                    run(v, file + " without " + el.name() + "/@" + attr, failures);
                }
                if (e > 0) {
                    Domain v = Domain.parse(xml);
                    XmlElement gone = all(v.root()).get(e);
                    parentOf(v.root(), gone).removeElement(gone);
                    variants++;
                    run(v, file + " without <" + el.name() + "> #" + e, failures);
                }
            }
        }
        assertEquals(List.of(), failures, variants + " variants");
    }

    private static void run(Domain d, String what, List<String> failures) {
        try {
            Classifier.classify(d);
            for (Selection sel : List.of(Selection.all().withCdroms(), Selection.all().only(Selection.Only.NICS))) {
                SafeConversion.of(d, sel, new Readiness.Evidence(false)).conversion().result().toXml();
                SafeConversion.of(d, sel, new Readiness.Evidence(true));
            }
        } catch (RuntimeException e) {
            failures.add(what + ": " + e);
        }
    }

    static List<Path> inputs() throws Exception {
        List<Path> out = new ArrayList<>();
        for (String dir : List.of("/org/pvdm/model/convert/golden", "/org/pvdm/model/classify/golden",
                "/org/pvdm/cli/convert")) {
            Path p = Path.of(MissingPartsTest.class.getResource(dir).toURI());
            try (Stream<Path> s = Files.list(p)) {
                s.filter(f -> f.toString().endsWith(".xml") && !f.toString().endsWith("-out.xml")).sorted().forEach(out::add);
            }
        }
        return out;
    }

    /** Every element in document order, without recursion. */
    static List<XmlElement> all(XmlElement root) {
        List<XmlElement> out = new ArrayList<>();
        java.util.ArrayDeque<XmlElement> todo = new java.util.ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            XmlElement e = todo.pop();
            out.add(e);
            List<XmlElement> kids = e.elements();
            for (int i = kids.size() - 1; i >= 0; i--) {
                todo.push(kids.get(i));
            }
        }
        return out;
    }

    private static XmlElement parentOf(XmlElement root, XmlElement child) {
        for (XmlElement e : all(root)) {
            for (XmlNode n : e.children()) {
                if (n == child) {
                    return e;
                }
            }
        }
        throw new IllegalStateException("no parent");
    }
}

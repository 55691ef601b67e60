package org.pvdm.model.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pvdm.testsupport.Corpus;

/**
 * The plain reader gives the JDK parser's tree for every text it takes, takes the plain XML libvirt writes, and
 * never takes what the JDK parser refuses: checked on the corpus, on thousands of randomly damaged copies of it,
 * and on the cases the XML standard singles out.
 */
class PlainXmlReaderTest {

    /** Damage that lands on what the reader must either get exactly right or leave to the full parser. */
    private static final String[] INSERTS = {"<", ">", "&", "&amp;", "&#10;", "&#x9;", "&#0;", "&#xD800;", "&#x110000;",
        "&#X41;", "&lt", "&bogus;", "\"", "'", "]]>", "--", "-", "\r", "\r\n", "\t", "\n", " ", "\u0001", "\uD800",
        "\uFFFE", "\u00e9", ":", "a:b:", "<!DOCTYPE d>", "<?pi x?>", "<![CDATA[x]]>", "<!-- c -->", "<x/>", "</x>",
        "=", "a='1'", " a=\"1\" a=\"2\"", "/", "?>", "<?xml version='1.0'?>", "\uFEFF", "&#65;", "&#x1F600;"};

    @Test
    void takesTheCorpusAndGivesTheFullParsersTree() throws Exception {
        List<Path> files = Corpus.files();
        int taken = 0;
        for (Path file : files) {
            String text = XmlDecoding.decode(Files.readAllBytes(file)).text();
            XmlDocument plain = PlainXmlReader.read(text, null);
            if (plain != null) {
                taken++;
                assertSameTree(XmlParser.parseFully(text, null), plain, file.getFileName().toString());
            }
        }
        // not a vacuous pass: the plain form is what libvirt writes, so nearly every file must be taken
        assertTrue(taken >= files.size() * 9 / 10, "taken " + taken + " of " + files.size() + " in " + Corpus.describe());
    }

    @Test
    void randomDamageIsEitherReadExactlyOrLeftToTheFullParser() throws Exception {
        List<Path> files = Corpus.files();
        Random random = new Random(20261130);
        int taken = 0;
        int refusedByBoth = 0;
        for (int round = 0; round < 4000; round++) {
            String text = XmlDecoding.decode(Files.readAllBytes(files.get(random.nextInt(files.size())))).text();
            StringBuilder damaged = new StringBuilder(text);
            for (int k = 1 + random.nextInt(2); k > 0; k--) {
                int at = random.nextInt(damaged.length() + 1);
                if (random.nextInt(4) == 0 && at < damaged.length()) {
                    damaged.deleteCharAt(at);
                } else {
                    damaged.insert(at, INSERTS[random.nextInt(INSERTS.length)]);
                }
            }
            String input = damaged.toString();
            XmlDocument plain = PlainXmlReader.read(input, null);
            XmlDocument full;
            try {
                full = XmlParser.parseFully(input, null);
            } catch (XmlException e) {
                assertNull(plain, "taken although the JDK parser refuses it (" + e.getMessage() + "): " + excerpt(input, text));
                refusedByBoth++;
                continue;
            }
            if (plain != null) {
                taken++;
                assertSameTree(full, plain, excerpt(input, text));
            }
        }
        assertTrue(taken > 500 && refusedByBoth > 500, "taken " + taken + ", refused by both " + refusedByBoth);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<a/>", "<a b='1' c=\"2\"/>", "<a>x &lt;&gt;&amp;&quot;&apos; &#65;&#x42;&#x1F600; y</a>",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- top --><a><!-- in -->t<b/>u</a>\n<!-- after -->",
        "<?xml version='1.0' standalone='yes' ?><a/>", "<a b='x&#10;y&#9;z'/>", "<a:b xmlns:a='urn:x' a:c='1'></a:b >",
        "<a>]]</a>", "<a>]&gt;</a>", "<a b='>'/>", "<a>\u00e9\u4e2d</a>", "<d><x>1</x><x>1</x><y a='1'>1</y></d>",
        "  \n<a/>\n  ", "<a>&#13;</a>"})
    void takesPlainXml(String xml) throws Exception {
        XmlDocument plain = PlainXmlReader.read(xml, null);
        assertNotNull(plain, xml);
        assertSameTree(XmlParser.parseFully(xml, null), plain, xml);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", "   ", "<a>", "<a></b>", "<a/><b/>", "x<a/>", "<a/>x", "<a b='1' b='2'/>", "<a b='1'c='2'/>", "<a b=1/>",
        "<a b='<'/>", "<a>&bogus;</a>", "<a>&#0;</a>", "<a>&#xD800;</a>", "<a>&#X41;</a>", "<a>&lt</a>", "<a>]]></a>",
        "<a><!-- x -- y --></a>", "<a><!-- x ---></a>", "<!DOCTYPE a><a/>", "<?pi x?><a/>", "<a><![CDATA[x]]></a>",
        "<?xml version='1.1'?><a/>", "<?xml version='1.0' encoding='-x'?><a/>", " <?xml version='1.0'?><a/>",
        "<a>\u0001</a>", "<a>\r\n</a>", "<a b='x\ty'/>", "<a b='x\ny'/>", "<a:b:c/>", "<1a/>", "<\u00e9/>",
        "\uFEFF<a/>", "<a>\uFFFE</a>", "<a></a >x"})
    void leavesEverythingElseToTheFullParser(String xml) {
        assertNull(PlainXmlReader.read(xml, null), xml);
    }

    @Test
    void deepNestingIsReadWithoutRecursion() {
        int depth = 200_000;
        String xml = "<a>".repeat(depth) + "</a>".repeat(depth);
        XmlDocument doc = PlainXmlReader.read(xml, null);
        assertNotNull(doc);
        int levels = 0;
        for (XmlElement e = doc.root(); e != null; e = e.children().isEmpty() ? null : (XmlElement) e.children().get(0)) {
            levels++;
        }
        assertEquals(depth, levels);
    }

    private static String excerpt(String damaged, String original) {
        int i = 0;
        while (i < damaged.length() && i < original.length() && damaged.charAt(i) == original.charAt(i)) {
            i++;
        }
        return "damage at " + i + ": [" + damaged.substring(Math.max(0, i - 20), Math.min(damaged.length(), i + 20))
                .replace("\r", "\\r").replace("\t", "\\t").replace("\n", "\\n") + "]";
    }

    /** Same declaration, same nodes around the root, same tree: names, attributes in order, texts, kinds. */
    static void assertSameTree(XmlDocument expected, XmlDocument actual, String what) {
        assertEquals(expected.declaration(), actual.declaration(), what + ": declaration");
        Deque<XmlNode[]> pairs = new ArrayDeque<>();
        pairAll(pairs, expected.before(), actual.before(), what + ": before the root");
        pairAll(pairs, expected.after(), actual.after(), what + ": after the root");
        pairs.push(new XmlNode[] {expected.root(), actual.root()});
        while (!pairs.isEmpty()) {
            XmlNode[] p = pairs.pop();
            assertEquals(describe(p[0]), describe(p[1]), what);
            if (p[0] instanceof XmlElement e) {
                pairAll(pairs, e.children(), ((XmlElement) p[1]).children(), what + ": children of <" + e.name() + ">");
            }
        }
    }

    private static void pairAll(Deque<XmlNode[]> pairs, List<XmlNode> expected, List<XmlNode> actual, String what) {
        List<String> e = new ArrayList<>();
        List<String> a = new ArrayList<>();
        expected.forEach(n -> e.add(describe(n)));
        actual.forEach(n -> a.add(describe(n)));
        assertEquals(e, a, what);
        for (int i = 0; i < expected.size(); i++) {
            pairs.push(new XmlNode[] {expected.get(i), actual.get(i)});
        }
    }

    private static String describe(XmlNode n) {
        if (n instanceof XmlElement e) {
            return "element " + e.name() + " " + new ArrayList<>(e.attributes().entrySet()) + " (" + e.children().size() + ")";
        }
        if (n instanceof XmlText t) {
            return (t.cdata() ? "cdata [" : "text [") + t.text() + "]";
        }
        if (n instanceof XmlComment c) {
            return "comment [" + c.text() + "]";
        }
        if (n instanceof XmlPi pi) {
            return "pi " + pi.target() + " [" + pi.data() + "]";
        }
        return n.getClass().getSimpleName();
    }
}

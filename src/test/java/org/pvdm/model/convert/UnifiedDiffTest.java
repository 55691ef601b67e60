package org.pvdm.model.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class UnifiedDiffTest {

    @Test
    void identicalTextsGiveAnEmptyDiff() {
        assertEquals("", UnifiedDiff.of("", "", "a", "b"));
        assertEquals("", UnifiedDiff.of("x\ny\n", "x\ny\n", "a", "b"));
    }

    @Test
    void oneChangedLineWithThreeLinesOfContext() {
        String before = "1\n2\n3\n4\n5\n6\n7\n8\n9\n";
        String after = "1\n2\n3\n4\nfive\n6\n7\n8\n9\n";
        // what GNU diff -u prints for the same pair
        assertEquals("--- a/x\n+++ b/x\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n",
                UnifiedDiff.of(before, after, "a/x", "b/x"));
    }

    @Test
    void farApartChangesMakeTwoHunksAndCloseOnesOne() {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= 20; i++) {
            sb.append(i).append('\n');
        }
        String before = sb.toString();
        String two = before.replace("\n2\n", "\ntwo\n").replace("\n18\n", "\neighteen\n");
        assertEquals("--- a\n+++ b\n@@ -1,5 +1,5 @@\n 1\n-2\n+two\n 3\n 4\n 5\n"
                + "@@ -15,6 +15,6 @@\n 15\n 16\n 17\n-18\n+eighteen\n 19\n 20\n", UnifiedDiff.of(before, two, "a", "b"));
        String close = before.replace("\n5\n", "\nfive\n").replace("\n12\n", "\ntwelve\n");
        assertEquals(1, UnifiedDiff.of(before, close, "a", "b").split("\n@@ ", -1).length - 1, "6 equal lines between: one hunk");
        String apart = before.replace("\n5\n", "\nfive\n").replace("\n13\n", "\nthirteen\n");
        assertEquals(2, UnifiedDiff.of(before, apart, "a", "b").split("\n@@ ", -1).length - 1, "7 equal lines between: two");
    }

    @Test
    void insertionsDeletionsAndMissingNewline() {
        assertEquals("--- a\n+++ b\n@@ -0,0 +1,2 @@\n+x\n+y\n", UnifiedDiff.of("", "x\ny\n", "a", "b"));
        assertEquals("--- a\n+++ b\n@@ -1 +0,0 @@\n-x\n", UnifiedDiff.of("x\n", "", "a", "b"));
        assertEquals("--- a\n+++ b\n@@ -1 +1 @@\n-x\n\\ No newline at end of file\n+x\n",
                UnifiedDiff.of("x", "x\n", "a", "b"));
        assertEquals("--- a\n+++ b\n@@ -1,2 +1,3 @@\n a\n+b\n c\n", UnifiedDiff.of("a\nc\n", "a\nb\nc\n", "a", "b"));
    }

    @Test
    void randomDiffsApplyBackAndAreMinimal() {
        Random random = new Random(42);
        for (int round = 0; round < 2000; round++) {
            List<String> a = randomLines(random);
            List<String> b = randomLines(random);
            String before = String.join("", a);
            String after = String.join("", b);
            String diff = UnifiedDiff.of(before, after, "a", "b");
            assertEquals(after, apply(before, diff), "round " + round);
            long changed = diff.lines().filter(l -> (l.startsWith("-") && !l.startsWith("---"))
                    || (l.startsWith("+") && !l.startsWith("+++"))).count();
            assertEquals(a.size() + b.size() - 2L * lcs(a, b), changed, "minimal edit, round " + round);
        }
    }

    /** Long texts take the anchored path: the diff must still apply back exactly, and change only what changed. */
    @Test
    void longTextsWithUniqueAndRepeatedLinesApplyBack() {
        Random random = new Random(7);
        for (int round = 0; round < 20; round++) {
            List<String> a = new ArrayList<>();
            List<String> b = new ArrayList<>();
            int changedLines = 0;
            for (int i = 0; i < 1500 + random.nextInt(1500); i++) {
                String unique = "  <source file='/d" + i + ".img'/>\n";
                String repeated = "  <target bus='" + (char) ('a' + random.nextInt(3)) + "'/>\n";
                a.add(unique);
                b.add(unique);
                a.add(repeated);
                if (random.nextInt(4) == 0) {
                    b.add("  <target bus='virtio'/>\n");
                    changedLines += 2;
                } else {
                    b.add(repeated);
                }
            }
            assertTrue(a.size() + b.size() > LineAnchors.ABOVE, "the anchored path is taken");
            String before = String.join("", a);
            String after = String.join("", b);
            String diff = UnifiedDiff.of(before, after, "a", "b");
            assertEquals(after, apply(before, diff), "round " + round);
            long changed = diff.lines().filter(l -> (l.startsWith("-") && !l.startsWith("---"))
                    || (l.startsWith("+") && !l.startsWith("+++"))).count();
            assertEquals(changedLines, changed, "only the changed lines, round " + round);
        }
    }

    private static List<String> randomLines(Random random) {
        List<String> out = new ArrayList<>();
        int n = random.nextInt(30);
        for (int i = 0; i < n; i++) {
            out.add((char) ('a' + random.nextInt(4)) + "\n");
        }
        return out;
    }

    private static int lcs(List<String> a, List<String> b) {
        int[][] t = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                t[i][j] = a.get(i).equals(b.get(j)) ? t[i + 1][j + 1] + 1 : Math.max(t[i + 1][j], t[i][j + 1]);
            }
        }
        return t[0][0];
    }

    /** A tiny patch applier: enough to prove the hunks' numbers and lines are right. */
    static String apply(String before, String diff) {
        List<String> a = UnifiedDiff.lines(before);
        List<String> out = new ArrayList<>();
        int next = 0;
        List<String> d = UnifiedDiff.lines(diff);
        for (int k = 2; k < d.size(); k++) {
            String line = d.get(k);
            if (line.startsWith("@@")) {
                String[] minus = line.split(" ")[1].substring(1).split(",");
                int start = Integer.parseInt(minus[0]);
                int count = minus.length > 1 ? Integer.parseInt(minus[1]) : 1;
                int from = count == 0 ? start : start - 1;
                while (next < from) {
                    out.add(a.get(next++));
                }
            } else if (line.startsWith(" ")) {
                assertEquals(a.get(next), line.substring(1));
                out.add(a.get(next++));
            } else if (line.startsWith("-")) {
                assertEquals(a.get(next), line.substring(1));
                next++;
            } else if (line.startsWith("+")) {
                out.add(line.substring(1));
            }
        }
        while (next < a.size()) {
            out.add(a.get(next++));
        }
        return String.join("", out);
    }
}

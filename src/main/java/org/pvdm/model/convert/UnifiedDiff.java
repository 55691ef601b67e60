package org.pvdm.model.convert;

import com.github.difflib.DiffUtils;
import com.github.difflib.algorithm.DiffAlgorithmI;
import com.github.difflib.algorithm.myers.MeyersDiffWithLinearSpace;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Chunk;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A unified diff of two texts by lines, as {@code diff -u} writes it: {@code --- a} / {@code +++ b} headers,
 * {@code @@ -l,n +l,n @@} hunks with 3 lines of context, {@code \ No newline at end of file} where it applies.
 * Which lines differ comes from java-diff-utils' linear-space Myers diff, between {@link LineAnchors} on long
 * texts; this class only writes the hunks.
 */
public final class UnifiedDiff {
    private static final int CONTEXT = 3;

    private UnifiedDiff() {}

    /** The diff; "" when the texts are equal. */
    public static String of(String before, String after, String labelA, String labelB) {
        if (before.equals(after)) {
            return "";
        }
        List<String> a = lines(before);
        List<String> b = lines(after);
        List<int[]> ops = ops(a, b);
        StringBuilder out = new StringBuilder("--- ").append(labelA).append('\n').append("+++ ").append(labelB).append('\n');
        int i = 0;
        while (i < ops.size()) {
            if (ops.get(i)[0] == 0) {
                i++;
                continue;
            }
            int last = lastChangeOfHunk(ops, i);
            int end = Math.min(ops.size(), last + 1 + CONTEXT);
            hunk(out, ops.subList(Math.max(0, i - CONTEXT), end), a, b);
            i = end;
        }
        return out.toString();
    }

    /** From a change, the last change before a run of more than 2 x CONTEXT equal lines (or the end). */
    private static int lastChangeOfHunk(List<int[]> ops, int first) {
        int last = first;
        int k = first + 1;
        while (k < ops.size()) {
            if (ops.get(k)[0] != 0) {
                last = k++;
                continue;
            }
            int run = 0;
            while (k + run < ops.size() && ops.get(k + run)[0] == 0) {
                run++;
            }
            if (k + run >= ops.size() || run > 2 * CONTEXT) {
                break;
            }
            k += run;
        }
        return last;
    }

    /** Lines with their line ends; the last one lacks "\n" when the text does not end with one. */
    static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                out.add(text.substring(from, i + 1));
                from = i + 1;
            }
        }
        if (from < text.length()) {
            out.add(text.substring(from));
        }
        return out;
    }

    /** The edit script as {kind, indexA, indexB}: 0 equal, -1 delete, +1 insert; deletions before insertions. */
    private static List<int[]> ops(List<String> a, List<String> b) {
        boolean[] deleted = new boolean[a.size()];
        boolean[] inserted = new boolean[b.size()];
        int ai = 0;
        int bi = 0;
        for (int[] anchor : a.size() + b.size() > LineAnchors.ABOVE ? LineAnchors.of(a, b) : List.<int[]>of()) {
            mark(a, b, ai, anchor[0], bi, anchor[1], deleted, inserted);
            ai = anchor[0] + 1;
            bi = anchor[1] + 1;
        }
        mark(a, b, ai, a.size(), bi, b.size(), deleted, inserted);
        List<int[]> ops = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && deleted[i]) {
                ops.add(new int[] {-1, i++, j});
            } else if (j < b.size() && inserted[j]) {
                ops.add(new int[] {1, i, j++});
            } else {
                ops.add(new int[] {0, i++, j++});
            }
        }
        return ops;
    }

    /** Marks the lines the diff of a[aLo, aHi) and b[bLo, bHi) deletes and inserts. */
    private static void mark(List<String> a, List<String> b, int aLo, int aHi, int bLo, int bHi, boolean[] deleted,
                             boolean[] inserted) {
        if (aLo == aHi && bLo == bHi) {
            return;
        }
        DiffAlgorithmI<String> myers = MeyersDiffWithLinearSpace.<String>factory().create();
        for (AbstractDelta<String> delta : DiffUtils.diff(a.subList(aLo, aHi), b.subList(bLo, bHi), myers, null)
                .getDeltas()) {
            Chunk<String> from = delta.getSource();
            Chunk<String> to = delta.getTarget();
            Arrays.fill(deleted, aLo + from.getPosition(), aLo + from.getPosition() + from.size(), true);
            Arrays.fill(inserted, bLo + to.getPosition(), bLo + to.getPosition() + to.size(), true);
        }
    }

    private static void hunk(StringBuilder out, List<int[]> ops, List<String> a, List<String> b) {
        int aStart = ops.get(0)[1];
        int bStart = ops.get(0)[2];
        int aCount = (int) ops.stream().filter(o -> o[0] <= 0).count();
        int bCount = (int) ops.stream().filter(o -> o[0] >= 0).count();
        out.append("@@ -").append(range(aStart, aCount)).append(" +").append(range(bStart, bCount)).append(" @@\n");
        for (int[] o : ops) {
            String line = o[0] > 0 ? b.get(o[2]) : a.get(o[1]);
            out.append(o[0] == 0 ? ' ' : o[0] < 0 ? '-' : '+').append(line);
            if (!line.endsWith("\n")) {
                out.append("\n\\ No newline at end of file\n");
            }
        }
    }

    /** diff -u's range: "l,n", "l" when n is 1, and the line before ("l,0") when empty. */
    private static String range(int start, int count) {
        if (count == 0) {
            return start + ",0";
        }
        return count == 1 ? Integer.toString(start + 1) : (start + 1) + "," + count;
    }
}

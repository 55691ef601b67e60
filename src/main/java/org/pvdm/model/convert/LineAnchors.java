package org.pvdm.model.convert;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where two long texts surely line up: lines that occur once in each (a disk's source path, a MAC), matched
 * in order, the longest increasing run of them (as patience diff does). A guest with thousands of switched
 * disks has tens of thousands of differences, and Myers' O(ND) diff over the whole text is then quadratic;
 * between two anchors the texts are small. Linear apart from the O(n log n) run, and without recursion.
 */
final class LineAnchors {
    /**
     * Texts up to this many lines in all are diffed whole, so their diff is minimal; above it, anchoring keeps
     * the cost near linear and the diff is still exact (it applies back), though not always the shortest.
     */
    static final int ABOVE = 4096;

    private LineAnchors() {}

    /** Pairs (i, j) with a[i] equal to b[j], both unique in their text, increasing in both. */
    static List<int[]> of(List<String> a, List<String> b) {
        Map<String, int[]> seen = new HashMap<>(); // line -> {count in a, count in b, position in b}
        for (String line : a) {
            seen.computeIfAbsent(line, k -> new int[3])[0]++;
        }
        for (int j = 0; j < b.size(); j++) {
            int[] s = seen.computeIfAbsent(b.get(j), k -> new int[3]);
            s[1]++;
            s[2] = j;
        }
        List<int[]> cand = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            int[] s = seen.get(a.get(i));
            if (s[0] == 1 && s[1] == 1) {
                cand.add(new int[] {i, s[2]});
            }
        }
        // the longest increasing subsequence of the candidates' b positions (patience sorting)
        int[] tails = new int[cand.size()];
        int[] prev = new int[cand.size()];
        int len = 0;
        for (int c = 0; c < cand.size(); c++) {
            int lo = 0;
            int hi = len;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (cand.get(tails[mid])[1] < cand.get(c)[1]) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            prev[c] = lo > 0 ? tails[lo - 1] : -1;
            tails[lo] = c;
            len = Math.max(len, lo + 1);
        }
        int[][] run = new int[len][];
        for (int k = len - 1, c = len > 0 ? tails[len - 1] : -1; k >= 0; k--, c = prev[c]) {
            run[k] = cand.get(c);
        }
        return Arrays.asList(run);
    }
}

package org.pvdm.model.convert;

/**
 * Which lines differ between two texts: Myers' O(ND) algorithm with the linear-space middle-snake bisection
 * (E. Myers, "An O(ND) Difference Algorithm and Its Variations", 1986), after trimming the common head and
 * tail. Marks deleted lines of {@code a} and inserted lines of {@code b}.
 * <p>
 * A guest with thousands of switched disks has tens of thousands of differences, and O(ND) is then
 * quadratic. Lines that occur once in each text (a disk's source path, a MAC) are matched first, in order
 * (the longest increasing run of them, as patience diff does), and Myers runs only between two such anchors,
 * where the texts are small (only for long texts: see ANCHOR_ABOVE). The work list replaces recursion, so no input can exhaust the stack.
 */
final class LineDiff {
    /**
     * Texts up to this many lines in all get Myers alone, so their diff is minimal; above it, anchoring keeps the
     * cost near linear and the diff is still exact (it applies back), though not always the shortest.
     */
    static final int ANCHOR_ABOVE = 4096;

    final boolean[] deleted;
    final boolean[] inserted;
    private final int[] a;
    private final int[] b;

    /** Lines as ids: equal lines have equal ids. */
    LineDiff(int[] a, int[] b) {
        this.a = a;
        this.b = b;
        this.deleted = new boolean[a.length];
        this.inserted = new boolean[b.length];
        java.util.ArrayDeque<int[]> work = new java.util.ArrayDeque<>();
        int ai = 0;
        int bi = 0;
        for (int[] anchor : a.length + b.length > ANCHOR_ABOVE ? anchors() : java.util.List.<int[]>of()) {
            work.push(new int[] {ai, anchor[0], bi, anchor[1]});
            ai = anchor[0] + 1;
            bi = anchor[1] + 1;
        }
        work.push(new int[] {ai, a.length, bi, b.length});
        while (!work.isEmpty()) {
            int[] r = work.pop();
            compare(r[0], r[1], r[2], r[3], work);
        }
    }

    /** Pairs (i, j) of lines unique in both texts with a[i] == b[j], increasing in both: the longest such run. */
    private java.util.List<int[]> anchors() {
        int ids = 0;
        for (int x : a) {
            ids = Math.max(ids, x + 1);
        }
        for (int x : b) {
            ids = Math.max(ids, x + 1);
        }
        int[] countA = new int[ids];
        int[] countB = new int[ids];
        int[] posB = new int[ids];
        for (int x : a) {
            countA[x]++;
        }
        for (int j = 0; j < b.length; j++) {
            countB[b[j]]++;
            posB[b[j]] = j;
        }
        // candidates in a's order; the longest increasing subsequence of their b positions (patience sorting)
        java.util.List<int[]> cand = new java.util.ArrayList<>();
        for (int i = 0; i < a.length; i++) {
            if (countA[a[i]] == 1 && countB[a[i]] == 1) {
                cand.add(new int[] {i, posB[a[i]]});
            }
        }
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
        return java.util.Arrays.asList(run);
    }

    private void compare(int aLo, int aHi, int bLo, int bHi, java.util.Deque<int[]> work) {
        while (aLo < aHi && bLo < bHi && a[aLo] == b[bLo]) {
            aLo++;
            bLo++;
        }
        while (aLo < aHi && bLo < bHi && a[aHi - 1] == b[bHi - 1]) {
            aHi--;
            bHi--;
        }
        if (aLo == aHi || bLo == bHi) {
            mark(aLo, aHi, bLo, bHi);
            return;
        }
        int[] split = bisect(aLo, aHi, bLo, bHi);
        if (split == null) {
            mark(aLo, aHi, bLo, bHi);
            return;
        }
        work.push(new int[] {aLo, split[0], bLo, split[1]});
        work.push(new int[] {split[0], aHi, split[1], bHi});
    }

    private void mark(int aLo, int aHi, int bLo, int bHi) {
        for (int i = aLo; i < aHi; i++) {
            deleted[i] = true;
        }
        for (int j = bLo; j < bHi; j++) {
            inserted[j] = true;
        }
    }

    /** The point where a middle snake of a shortest edit script starts, or null when nothing is common. */
    private int[] bisect(int aLo, int aHi, int bLo, int bHi) {
        int n = aHi - aLo;
        int m = bHi - bLo;
        int maxD = (n + m + 1) / 2;
        int offset = maxD;
        int length = 2 * maxD + 2;
        int[] v1 = new int[length];
        int[] v2 = new int[length];
        java.util.Arrays.fill(v1, -1);
        java.util.Arrays.fill(v2, -1);
        v1[offset + 1] = 0;
        v2[offset + 1] = 0;
        int delta = n - m;
        boolean front = (delta & 1) != 0;
        for (int d = 0; d < maxD; d++) {
            for (int k = -d; k <= d; k += 2) {
                int i = offset + k;
                int x = (k == -d || (k != d && v1[i - 1] < v1[i + 1])) ? v1[i + 1] : v1[i - 1] + 1;
                int y = x - k;
                while (x < n && y < m && a[aLo + x] == b[bLo + y]) {
                    x++;
                    y++;
                }
                v1[i] = x;
                if (front && x <= n && y <= m) {
                    int j = offset + delta - k;
                    if (j >= 0 && j < length && v2[j] != -1 && v2[j] <= n && x >= n - v2[j]) {
                        return new int[] {aLo + x, bLo + y};
                    }
                }
            }
            for (int k = -d; k <= d; k += 2) {
                int i = offset + k;
                int x = (k == -d || (k != d && v2[i - 1] < v2[i + 1])) ? v2[i + 1] : v2[i - 1] + 1;
                int y = x - k;
                while (x < n && y < m && a[aHi - 1 - x] == b[bHi - 1 - y]) {
                    x++;
                    y++;
                }
                v2[i] = x;
                if (!front && x <= n && y <= m) {
                    int j = offset + delta - k;
                    if (j >= 0 && j < length && v1[j] != -1) {
                        int x1 = v1[j];
                        int y1 = x1 - (delta - k);
                        if (x1 >= n - x && x1 <= n && y1 >= 0 && y1 <= m) {
                            return new int[] {aLo + x1, bLo + y1};
                        }
                    }
                }
            }
        }
        return null;
    }
}

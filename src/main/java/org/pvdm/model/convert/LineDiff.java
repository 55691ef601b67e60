package org.pvdm.model.convert;

/**
 * Which lines differ between two texts: Myers' O(ND) algorithm with the linear-space middle-snake bisection
 * (E. Myers, "An O(ND) Difference Algorithm and Its Variations", 1986), after trimming the common head and
 * tail. Marks deleted lines of {@code a} and inserted lines of {@code b}.
 */
final class LineDiff {
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
        compare(0, a.length, 0, b.length);
    }

    private void compare(int aLo, int aHi, int bLo, int bHi) {
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
        compare(aLo, split[0], bLo, split[1]);
        compare(split[0], aHi, split[1], bHi);
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

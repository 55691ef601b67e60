package org.pvdm.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * Which series of A to compare with which of B, per kind: first the same device name (sdb with sdb, the
 * same MAC), then the rest in order (hda with vda, the first NIC with the first NIC).
 */
record SeriesPairing(List<Comparison.Pair> pairs, List<SeriesKey> unpaired) {

    static SeriesPairing pair(Recording a, Recording b) {
        List<Comparison.Pair> pairs = new ArrayList<>();
        List<SeriesKey> unpaired = new ArrayList<>();
        for (SeriesKind kind : SeriesKind.values()) {
            List<SeriesKey> left = of(a, kind);
            List<SeriesKey> right = of(b, kind);
            for (SeriesKey ka : List.copyOf(left)) {
                SeriesKey same = right.stream().filter(kb -> kb.device().equals(ka.device())).findFirst().orElse(null);
                if (same != null && kind != SeriesKind.GUEST) {
                    pairs.add(new Comparison.Pair(ka, same));
                    left.remove(ka);
                    right.remove(same);
                }
            }
            int n = Math.min(left.size(), right.size());
            for (int i = 0; i < n; i++) {
                pairs.add(new Comparison.Pair(left.get(i), right.get(i)));
            }
            unpaired.addAll(left.subList(n, left.size()));
            unpaired.addAll(right.subList(n, right.size()));
        }
        return new SeriesPairing(pairs, unpaired);
    }

    private static List<SeriesKey> of(Recording recording, SeriesKind kind) {
        List<SeriesKey> keys = new ArrayList<>();
        for (SeriesKey key : recording.keys()) {
            if (key.kind() == kind) {
                keys.add(key);
            }
        }
        return keys;
    }
}

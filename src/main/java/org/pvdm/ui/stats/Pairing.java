package org.pvdm.ui.stats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.pvdm.stats.Comparison;
import org.pvdm.stats.SeriesKey;

/**
 * Which device of the left side is compared with which of the right: like with like only (a disk with a
 * disk, a CD-ROM with a CD-ROM, a NIC with a NIC). Before/after one switch, a device is followed through its
 * renames (hda -> vda), never paired by position. Pure: runs on the sampler thread.
 *
 * @param pairs  the compared pairs, in the order both sides draw them
 * @param onlyA  left devices with no partner
 * @param onlyB  right devices with no partner
 */
record Pairing(List<Comparison.Pair> pairs, List<SeriesKey> onlyA, List<SeriesKey> onlyB) {

    /** Two guests: per device class, the same name first, then in order. */
    static Pairing likeWithLike(List<SeriesKey> a, List<SeriesKey> b, Function<SeriesKey, String> classA,
                                Function<SeriesKey, String> classB) {
        List<Comparison.Pair> pairs = new ArrayList<>();
        List<SeriesKey> left = new ArrayList<>(a);
        List<SeriesKey> right = new ArrayList<>(b);
        for (SeriesKey ka : a) {
            SeriesKey same = right.stream().filter(kb -> kb.device().equals(ka.device()) && kb.kind() == ka.kind()
                    && classA.apply(ka).equals(classB.apply(kb))).findFirst().orElse(null);
            if (same != null) {
                pairs.add(new Comparison.Pair(ka, same));
                left.remove(ka);
                right.remove(same);
            }
        }
        for (SeriesKey ka : List.copyOf(left)) {
            SeriesKey like = right.stream().filter(kb -> kb.kind() == ka.kind()
                    && classA.apply(ka).equals(classB.apply(kb))).findFirst().orElse(null);
            if (like != null) {
                pairs.add(new Comparison.Pair(ka, like));
                left.remove(ka);
                right.remove(like);
            }
        }
        return new Pairing(pairs, left, right);
    }

    /**
     * One guest before and after its switch: each "before" device is compared with what it was renamed to
     * ({@code renames}: old name to current name), or with the same name when it was not renamed.
     */
    static Pairing beforeAfter(List<SeriesKey> before, List<SeriesKey> after, Map<String, String> renames) {
        List<Comparison.Pair> pairs = new ArrayList<>();
        List<SeriesKey> left = new ArrayList<>();
        List<SeriesKey> right = new ArrayList<>(after);
        for (SeriesKey ka : before) {
            String now = follow(renames, ka.device());
            SeriesKey kb = find(right, ka, now);
            if (kb == null && !now.equals(ka.device()) && !renames.containsValue(ka.device())) {
                kb = find(right, ka, ka.device()); // the switch was rolled back: the old name is back
            }
            if (kb == null) {
                left.add(ka);
            } else {
                pairs.add(new Comparison.Pair(ka, kb));
                right.remove(kb);
            }
        }
        return new Pairing(pairs, left, right);
    }

    private static SeriesKey find(List<SeriesKey> keys, SeriesKey like, String device) {
        return keys.stream().filter(k -> k.kind() == like.kind() && k.device().equals(device)).findFirst().orElse(null);
    }

    /** The device's current name ({@code renames} is already composed over every switch). */
    static String follow(Map<String, String> renames, String device) {
        return renames.getOrDefault(device, device);
    }

    /** Left keys in drawing order: the paired ones first (in pair order), then the rest. */
    List<SeriesKey> orderA() {
        List<SeriesKey> out = new ArrayList<>(pairs.stream().map(Comparison.Pair::a).toList());
        out.addAll(onlyA);
        return out;
    }

    List<SeriesKey> orderB() {
        List<SeriesKey> out = new ArrayList<>(pairs.stream().map(Comparison.Pair::b).toList());
        out.addAll(onlyB);
        return out;
    }

    /** Right device name -> left device name, for "vda (was hda)". */
    Map<String, String> partnersOfB() {
        Map<String, String> out = new LinkedHashMap<>();
        pairs.forEach(p -> out.put(p.b().device(), p.a().device()));
        return out;
    }
}

package org.pvdm.stats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Renames of devices (hda -> vda after a conversion): chains of series keys, oldest first. */
final class Links {
    private final Map<SeriesKey, SeriesKey> next = new HashMap<>();
    private final Map<SeriesKey, SeriesKey> previous = new HashMap<>();

    void link(SeriesKey old, SeriesKey renamed) {
        if (old.kind() != renamed.kind()) {
            throw new IllegalArgumentException("cannot link a " + old.kind().label() + " series to a "
                    + renamed.kind().label() + " series");
        }
        if (old.equals(renamed)) {
            throw new IllegalArgumentException("cannot link " + old + " to itself");
        }
        if (renamed.equals(next.get(old))) {
            return;
        }
        if (next.containsKey(old) || previous.containsKey(renamed)) {
            throw new IllegalArgumentException(old.label() + " or " + renamed.label() + " is already linked");
        }
        if (chain(renamed).contains(old)) {
            throw new IllegalArgumentException("linking " + old.label() + " to " + renamed.label() + " makes a cycle");
        }
        next.put(old, renamed);
        previous.put(renamed, old);
    }

    /** Every key linked to {@code key}, oldest first, {@code key} included. */
    List<SeriesKey> chain(SeriesKey key) {
        SeriesKey first = key;
        while (previous.containsKey(first)) {
            first = previous.get(first);
        }
        List<SeriesKey> chain = new ArrayList<>();
        for (SeriesKey k = first; k != null; k = next.get(k)) {
            chain.add(k);
        }
        return List.copyOf(chain);
    }
}

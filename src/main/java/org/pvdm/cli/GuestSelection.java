package org.pvdm.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pvdm.host.GuestSummary;
import org.pvdm.host.Host;
import org.pvdm.host.HostException;

/**
 * The guests a statistics command samples, found by name or UUID (an unknown one: exit 4). A guest that is
 * shut off has no I/O to show: when none of them runs, one line and exit 8; when others run, a note and the
 * command goes on (it is still watched: its series appear once it starts).
 */
record GuestSelection(List<GuestSummary> guests) {

    static GuestSelection of(Host host, List<String> namesOrUuids, PrintWriter err) throws HostException {
        Map<String, GuestSummary> byUuid = new LinkedHashMap<>();
        for (String name : namesOrUuids) {
            GuestSummary g = host.guest(name);
            byUuid.putIfAbsent(g.uuid(), g);
        }
        List<GuestSummary> guests = List.copyOf(byUuid.values());
        List<String> off = new ArrayList<>();
        for (GuestSummary g : guests) {
            if (!g.state().active()) {
                off.add(g.name());
            }
        }
        if (off.size() == guests.size()) {
            throw new CliException(ExitCodes.CONFLICT, shutOff(off));
        }
        if (!off.isEmpty()) {
            err.println("note: " + shutOff(off) + "; showing the others");
        }
        return new GuestSelection(guests);
    }

    /** "web is shut off: start it to see its I/O", or for several "a and b are shut off: start them ...". */
    static String shutOff(List<String> names) {
        if (names.size() == 1) {
            return names.get(0) + " is shut off: start it to see its I/O";
        }
        String list = String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
        return list + " are shut off: start them to see their I/O";
    }

    /**
     * One sample before the sampler starts: the source learns how to read this host (bulk or per device) and
     * the guests' device lists, so the first rate is not skewed by that slow first read; and a host that gives
     * no counters at all fails here, with one line, instead of pausing every tick.
     */
    void warmUp(Host host) throws HostException {
        host.stats().sample(uuids());
    }

    List<String> uuids() {
        return guests.stream().map(GuestSummary::uuid).toList();
    }
}

package org.pvdm.inventory;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.pvdm.host.GuestSummary;
import org.pvdm.host.HostException;
import org.pvdm.model.classify.GuestReport;

/**
 * The verdicts per guest, kept while its definition stays the same, so a refresh of a big host parses only
 * the guests that changed. libvirt reports no generation number for a definition: the text itself is the key
 * (comparing it costs far less than parsing and classifying it).
 */
final class ReportCache {

    @FunctionalInterface
    interface Judge {
        GuestReport judge() throws HostException;
    }

    private record Entry(String xml, GuestReport report) {}

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    GuestReport report(GuestSummary g, String xml, Judge judge) throws HostException {
        Entry e = entries.get(g.uuid());
        if (e != null && e.xml().equals(xml)) {
            return e.report();
        }
        GuestReport r = judge.judge();
        entries.put(g.uuid(), new Entry(xml, r));
        return r;
    }
}

package org.pvdm.host.libvirt;

import java.io.IOException;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.libvirt.Domain;
import org.libvirt.LibvirtException;

/**
 * Per guest, the devices of its live XML, so a sampler tick neither fetches nor parses XML. An entry is re-read
 * when the guest's domain id changes (restarted, so tap devices are renamed) and, where devices can be
 * hot-plugged, after {@link #MAX_AGE_NANOS}; the re-read XML is parsed again only when its text changed. The
 * test driver cannot hot-plug, so there an entry lives until the guest restarts.
 */
final class DeviceCache {

    static final long MAX_AGE_NANOS = TimeUnit.SECONDS.toNanos(30);

    interface XmlSource {
        String liveXml() throws LibvirtException, IOException;
    }

    private record Entry(int id, String xml, DomainDevices devices, long readAt) {}

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final boolean hotplug;
    private final AtomicLong parses = new AtomicLong();

    DeviceCache() {
        this(true);
    }

    /** @param hotplug false where devices cannot change without a restart (libvirt's test driver) */
    DeviceCache(boolean hotplug) {
        this.hotplug = hotplug;
    }

    DomainDevices get(Domain domain, String uuid) throws LibvirtException, IOException {
        return get(uuid, domain.getID(), () -> domain.getXMLDesc(0));
    }

    DomainDevices get(String uuid, int id, XmlSource source) throws LibvirtException, IOException {
        Entry e = entries.get(uuid);
        long now = System.nanoTime();
        if (e == null || e.id() != id || (hotplug && now - e.readAt() > MAX_AGE_NANOS)) {
            String xml = source.liveXml();
            DomainDevices devices = e != null && e.xml().equals(xml) ? e.devices() : parse(xml);
            e = new Entry(id, xml, devices, now);
            entries.put(uuid, e);
        }
        return e.devices();
    }

    private DomainDevices parse(String xml) throws IOException {
        parses.incrementAndGet();
        return DomainDevices.parse(xml);
    }

    /** How many XML texts were parsed so far (for tests: a steady host parses each guest once). */
    long parses() {
        return parses.get();
    }

    void forget(String uuid) {
        entries.remove(uuid);
    }

    /** Drops the guests not in live (gone or stopped). */
    void retain(Collection<String> live) {
        // a set: retainAll asks contains() once per entry, a list answers it by a scan (quadratic at 1,000 guests)
        entries.keySet().retainAll(live instanceof java.util.Set<?> ? live : new java.util.HashSet<>(live));
    }
}

package org.pvdm.host.libvirt;

import java.io.IOException;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.libvirt.Domain;
import org.libvirt.LibvirtException;

/**
 * Per guest, the devices of its live XML, so a sampler tick does not fetch XML. An entry is re-read when the
 * guest's domain id changes (restarted, so tap devices are renamed) or after {@link #MAX_AGE_NANOS} (hotplug).
 */
final class DeviceCache {

    static final long MAX_AGE_NANOS = TimeUnit.SECONDS.toNanos(30);

    interface XmlSource {
        String liveXml() throws LibvirtException;
    }

    private record Entry(int id, DomainDevices devices, long readAt) {}

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    DomainDevices get(Domain domain, String uuid) throws LibvirtException, IOException {
        return get(uuid, domain.getID(), () -> domain.getXMLDesc(0));
    }

    DomainDevices get(String uuid, int id, XmlSource source) throws LibvirtException, IOException {
        Entry e = entries.get(uuid);
        long now = System.nanoTime();
        if (e == null || e.id() != id || now - e.readAt() > MAX_AGE_NANOS) {
            e = new Entry(id, DomainDevices.parse(source.liveXml()), now);
            entries.put(uuid, e);
        }
        return e.devices();
    }

    void forget(String uuid) {
        entries.remove(uuid);
    }

    /** Drops the guests not in live (gone or stopped). */
    void retain(Collection<String> live) {
        entries.keySet().retainAll(live);
    }
}

package org.pvdm.host.libvirt;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import org.pvdm.host.BlockCounters;
import org.pvdm.host.GuestCounters;
import org.pvdm.host.NetCounters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One per-device tick through {@link RawLib}: list the running domains, then per guest its info and each
 * device's counters, with the device lists from the {@link DeviceCache}. Same results as the libvirt-java path
 * ({@link PerDeviceStats}), a fraction of its CPU.
 */
final class RawTick {
    private static final Logger LOG = LoggerFactory.getLogger(RawTick.class);

    /** The listing call itself failed: the caller falls back to libvirt-java, which reports the error. */
    static final class Failed extends Exception {
        private static final long serialVersionUID = 1L;
    }

    private final DeviceCache cache;

    /** Only once {@link RawLib#available()} said yes. */
    RawTick(DeviceCache cache) {
        this.cache = cache;
    }

    List<GuestCounters> read(Pointer conn, Set<String> wanted, ReadWindow window) throws Failed {
        try (DomainList running = DomainList.of(conn, RawLib.LIST_ACTIVE)) {
            if (running == null) {
                throw new Failed();
            }
            List<GuestCounters> out = new ArrayList<>(running.size());
            for (int i = 0; i < running.size(); i++) {
                try {
                    GuestCounters g = guest(running.get(i), wanted, window);
                    if (g != null) {
                        out.add(g);
                    }
                } catch (IOException | org.libvirt.LibvirtException e) {
                    LOG.debug("guest left out of this tick: {}", e.getMessage());
                }
            }
            return out;
        }
    }

    private GuestCounters guest(Pointer d, Set<String> wanted, ReadWindow window)
            throws IOException, org.libvirt.LibvirtException {
        byte[] buf = new byte[37];
        if (RawLib.virDomainGetUUIDString(d, buf) < 0) {
            return null;
        }
        String uuid = Native.toString(buf, StandardCharsets.US_ASCII.name()).toLowerCase(Locale.ROOT);
        if (!wanted.isEmpty() && !wanted.contains(uuid)) {
            return null;
        }
        DomainDevices devices = cache.get(uuid, RawLib.virDomainGetID(d), () -> xml(d));
        long[] info = new long[RawLib.INFO_LONGS];
        window.mark();
        int rc = RawLib.virDomainGetInfo(d, info);
        window.mark();
        if (rc < 0) {
            return null;
        }
        Pointer name = RawLib.virDomainGetName(d);
        return new GuestCounters(uuid, name == null ? "" : name.getString(0, StandardCharsets.UTF_8.name()),
                Guests.state(info[0] & 0xff), info[4], (int) (info[3] & 0xffff), disks(d, devices, window),
                nics(d, devices, window));
    }

    private String xml(Pointer d) throws IOException {
        Pointer p = RawLib.virDomainGetXMLDesc(d, 0);
        if (p == null) {
            throw new IOException("no live XML");
        }
        try {
            return p.getString(0, StandardCharsets.UTF_8.name());
        } finally {
            Native.free(Pointer.nativeValue(p));
        }
    }

    private List<BlockCounters> disks(Pointer d, DomainDevices devices, ReadWindow window) {
        List<BlockCounters> out = new ArrayList<>(devices.disks().size());
        for (String dev : devices.disks()) {
            long[] s = new long[RawLib.BLOCK_LONGS];
            window.mark();
            int rc = RawLib.virDomainBlockStats(d, cString(dev), s, 8L * RawLib.BLOCK_LONGS);
            window.mark();
            if (rc == 0) {
                out.add(new BlockCounters(dev, s[0], s[1], s[2], s[3], -1, -1, s[4]));
            } else {
                LOG.debug("no block stats for {}", dev);
            }
        }
        return out;
    }

    /** By host-side device first, then by MAC (see {@link PerDeviceStats#nics}). */
    private List<NetCounters> nics(Pointer d, DomainDevices devices, ReadWindow window) {
        List<NetCounters> out = new ArrayList<>(devices.nics().size());
        for (DomainDevices.Nic nic : devices.nics()) {
            String name = nic.targetDev() != null ? nic.targetDev() : nic.mac();
            long[] s = interfaceStats(d, name, window);
            if (s == null && !name.equals(nic.mac())) {
                name = nic.mac();
                s = interfaceStats(d, name, window);
            }
            if (s != null) {
                out.add(new NetCounters(nic.mac(), name, s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[7]));
            }
        }
        return out;
    }

    private long[] interfaceStats(Pointer d, String name, ReadWindow window) {
        long[] s = new long[RawLib.NET_LONGS];
        window.mark();
        int rc = RawLib.virDomainInterfaceStats(d, cString(name), s, 8L * RawLib.NET_LONGS);
        window.mark();
        if (rc != 0) {
            LOG.debug("no interface stats for {}", name);
            return null;
        }
        return s;
    }

    private static byte[] cString(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[b.length + 1];
        System.arraycopy(b, 0, out, 0, b.length);
        return out;
    }
}

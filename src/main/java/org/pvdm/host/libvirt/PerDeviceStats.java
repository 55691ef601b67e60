package org.pvdm.host.libvirt;

import java.util.ArrayList;
import java.util.List;

import org.libvirt.Domain;
import org.libvirt.DomainBlockStats;
import org.libvirt.DomainInterfaceStats;
import org.libvirt.LibvirtException;
import org.pvdm.host.BlockCounters;
import org.pvdm.host.NetCounters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * virDomainBlockStats / virDomainInterfaceStats, one call per device: for hosts without bulk stats
 * (libvirt before 1.2.8) and for the test driver, whose bulk call returns only the state group.
 * A device whose call fails is left out of this tick.
 */
final class PerDeviceStats {

    private static final Logger LOG = LoggerFactory.getLogger(PerDeviceStats.class);

    private PerDeviceStats() {}

    /** Counters of every disk with a target dev; no read/write times on this path (-1). */
    static List<BlockCounters> disks(Domain domain, DomainDevices devices, ReadWindow window) {
        List<BlockCounters> out = new ArrayList<>(devices.disks().size());
        for (String dev : devices.disks()) {
            try {
                window.mark();
                DomainBlockStats s = domain.blockStats(dev);
                window.mark();
                out.add(new BlockCounters(dev, s.rd_req, s.rd_bytes, s.wr_req, s.wr_bytes, -1, -1, s.errs));
            } catch (LibvirtException e) {
                LOG.debug("no block stats for {}: {}", dev, LibvirtErrors.reason(e));
            }
        }
        return out;
    }

    /**
     * Counters of every NIC, asked for by its host-side device (vnet0: what every libvirt version accepts), then
     * by its MAC (libvirt 9 and its test driver accept that too; the test driver names every NIC without a
     * target "testnet0", so the MAC is the unambiguous name there).
     */
    static List<NetCounters> nics(Domain domain, DomainDevices devices, ReadWindow window) {
        List<NetCounters> out = new ArrayList<>(devices.nics().size());
        for (DomainDevices.Nic nic : devices.nics()) {
            String name = nic.targetDev() != null ? nic.targetDev() : nic.mac();
            DomainInterfaceStats s = interfaceStats(domain, name, window);
            if (s == null && !name.equals(nic.mac())) {
                name = nic.mac();
                s = interfaceStats(domain, name, window);
            }
            if (s != null) {
                out.add(new NetCounters(nic.mac(), name, s.rx_bytes, s.rx_packets, s.rx_errs, s.rx_drop,
                        s.tx_bytes, s.tx_packets, s.tx_errs, s.tx_drop));
            }
        }
        return out;
    }

    private static DomainInterfaceStats interfaceStats(Domain domain, String name, ReadWindow window) {
        try {
            window.mark();
            DomainInterfaceStats s = domain.interfaceStats(name);
            window.mark();
            return s;
        } catch (LibvirtException e) {
            LOG.debug("no interface stats for {}: {}", name, LibvirtErrors.reason(e));
            return null;
        }
    }
}

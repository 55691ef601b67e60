package org.pvdm.lab.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pvdm.host.BlockCounters;
import org.pvdm.host.CounterSnapshot;
import org.pvdm.host.GuestCounters;
import org.pvdm.host.Host;
import org.pvdm.host.HostException;
import org.pvdm.host.NetCounters;

/**
 * Rates of running guests from two samples of the raw cumulative counters (virConnectGetAllDomainStats through
 * {@code host.stats()}): the deltas over the measured time between them. One disk and one NIC per guest (the lab).
 *
 * @param disk       the disk's target name (hda, vda)
 * @param cpuPerIoUs guest CPU time (all vCPUs) per disk request, in microseconds
 */
public record TwinRates(String guest, String disk, double rdOps, double rdBytes, double wrOps, double wrBytes,
                        double nicBytes, double nicPackets, double cpuPerIoUs) {

    public boolean allMoving() {
        return rdOps > 0 && rdBytes > 0 && wrOps > 0 && wrBytes > 0 && nicBytes > 0;
    }

    public double diskOps() {
        return rdOps + wrOps;
    }

    /** Samples the named guests twice, {@code seconds} apart. */
    public static Map<String, TwinRates> measure(Host host, List<String> names, double seconds)
            throws HostException, InterruptedException {
        List<String> uuids = new ArrayList<>();
        for (String n : names) {
            uuids.add(host.guest(n).uuid());
        }
        CounterSnapshot a = host.stats().sample(uuids);
        Thread.sleep((long) (seconds * 1000));
        CounterSnapshot b = host.stats().sample(uuids);
        double dt = (b.monotonicNanos() - a.monotonicNanos()) / 1e9;
        Map<String, TwinRates> out = new LinkedHashMap<>();
        for (GuestCounters g1 : b.guests()) {
            GuestCounters g0 = a.guests().stream().filter(g -> g.uuid().equals(g1.uuid())).findFirst().orElse(null);
            if (g0 == null || g0.disks().isEmpty() || g1.disks().isEmpty() || g1.nics().isEmpty() || g0.nics().isEmpty()) {
                continue;
            }
            BlockCounters d0 = g0.disks().get(0);
            BlockCounters d1 = g1.disks().get(0);
            NetCounters n0 = g0.nics().get(0);
            NetCounters n1 = g1.nics().get(0);
            double ops = (d1.rdReqs() - d0.rdReqs()) + (d1.wrReqs() - d0.wrReqs());
            double cpu = g1.cpuTimeNs() < 0 ? Double.NaN : (g1.cpuTimeNs() - g0.cpuTimeNs()) / 1e3;
            out.put(g1.name(), new TwinRates(g1.name(), d1.device(), (d1.rdReqs() - d0.rdReqs()) / dt,
                    (d1.rdBytes() - d0.rdBytes()) / dt, (d1.wrReqs() - d0.wrReqs()) / dt,
                    (d1.wrBytes() - d0.wrBytes()) / dt,
                    ((n1.rxBytes() - n0.rxBytes()) + (n1.txBytes() - n0.txBytes())) / dt,
                    ((n1.rxPackets() - n0.rxPackets()) + (n1.txPackets() - n0.txPackets())) / dt,
                    ops > 0 ? cpu / ops : Double.NaN));
        }
        return out;
    }

    @Override
    public String toString() {
        return String.format("%s %s: read %.0f req/s %.1f MiB/s, write %.0f req/s %.0f KiB/s, NIC rx+tx %.0f KiB/s"
                + " %.0f pkt/s, CPU %.0f us per disk request", guest, disk, rdOps, rdBytes / 1048576, wrOps,
                wrBytes / 1024, nicBytes / 1024, nicPackets, cpuPerIoUs);
    }
}

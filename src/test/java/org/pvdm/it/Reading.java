package org.pvdm.it;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.pvdm.host.CounterSnapshot;
import org.pvdm.host.GuestCounters;
import org.pvdm.host.HostException;

/**
 * pvdm's counters of one guest (host.stats().sample) between two virsh reads of the same devices right
 * before and after, with the times (System.nanoTime) of each, so virsh's value at pvdm's moment can be
 * interpolated and pvdm's value must lie between the two.
 */
record Reading(GuestCounters pvdm, long pvdmNanos, Map<String, Long> before, long beforeNanos,
               Map<String, Long> after, long afterNanos) {

    interface Sampler {
        CounterSnapshot sample() throws HostException;
    }

    static Reading of(Virsh virsh, String guest, Sampler sampler) throws Exception {
        List<String> commands = new ArrayList<>();
        GuestCounters probe = sampler.sample().guests().get(0);
        probe.disks().forEach(d -> commands.add("domblkstat " + guest + " " + d.device()));
        probe.nics().forEach(n -> commands.add("domifstat " + guest + " " + n.hostDevice()));
        virsh.read(commands); // warm: the first read also connects
        long t0 = System.nanoTime();
        Map<String, Long> before = virsh.read(commands);
        long t1 = System.nanoTime();
        CounterSnapshot pvdm = sampler.sample();
        long t2 = System.nanoTime();
        Map<String, Long> after = virsh.read(commands);
        long t3 = System.nanoTime();
        return new Reading(pvdm.guests().get(0), pvdm.monotonicNanos(), before, t0 + (t1 - t0) / 2, after,
                t2 + (t3 - t2) / 2);
    }

    /** virsh's counter interpolated at pvdm's moment. */
    double virsh(String key) {
        double a = before.get(key);
        double b = after.get(key);
        double f = afterNanos == beforeNanos ? 0.5 : (pvdmNanos - beforeNanos) / (double) (afterNanos - beforeNanos);
        return a + (b - a) * Math.max(0, Math.min(1, f));
    }

    /** pvdm's value lies between virsh's reads around it. */
    boolean within(String key, long value) {
        return before.get(key) <= value && value <= after.get(key);
    }

    String timing() {
        return String.format(Locale.ROOT, "virsh %.0f ms before pvdm, %.0f ms after", (pvdmNanos - beforeNanos) / 1e6,
                (afterNanos - pvdmNanos) / 1e6);
    }
}

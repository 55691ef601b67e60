package org.pvdm.model.convert;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.pvdm.model.domain.Disk;
import org.pvdm.model.domain.Domain;

/**
 * Hands out free target names. A name in use is never handed out, nor one handed out before in the same
 * conversion (docs/pv-rules.md, "Switching a disk": pick the first free name, never reuse one in use).
 */
final class TargetNames {
    /**
     * First disk number for new xvd disks of a Xen HVM guest: xen-vbd-interface(7) says to supply as few
     * hd* devices as possible and "for the rest of the disks, to use pure xvd* devices starting at xvde";
     * hda..hdd are also presented as xvda..xvdd, and some PV-on-HVM drivers crash on hda plus xvda.
     */
    static final int XEN_HVM_FIRST_XVD = 4;

    private final Set<String> taken = new HashSet<>();
    /**
     * Per prefix, the lowest index that may still be free: names are only ever taken, never given back, so a
     * search can start where the last one ended (linear in the disks, not quadratic).
     */
    private final Map<String, Integer> firstFree = new HashMap<>();
    /** How many disks use each Xen disk number: hdb, sdb and xvdb all are disk 1 (xen-vbd-interface(7)). */
    private final Map<Integer, Integer> xenNumbers = new HashMap<>();

    TargetNames(Domain domain) {
        for (Disk d : domain.disks()) {
            taken.add(d.target());
            int number = xenNumber(d.target());
            if (number >= 0) {
                xenNumbers.merge(number, 1, Integer::sum);
            }
        }
    }

    private static int xenNumber(String name) {
        String p = DiskNames.prefix(name);
        return p.equals("hd") || p.equals("sd") || p.equals("xvd") ? DiskNames.toIndex(name) : -1;
    }

    /** The first free name with this prefix (vd, sd), reserved from now on. */
    String next(String prefix) {
        for (int i = firstFree.getOrDefault(prefix, 0); ; i++) {
            String name = DiskNames.of(prefix, i);
            if (taken.add(name)) {
                firstFree.put(prefix, i + 1);
                return name;
            }
        }
    }

    /**
     * The xvd name for an hd or sd disk of a Xen HVM guest. Its own disk number when no other disk has it
     * (hdb becomes xvdb): PV drivers already show hdb to the guest as /dev/xvdb (xen-vbd-interface(7)), so
     * the guest sees the same device. Else the first free one from xvde on, sharing no disk number.
     */
    String nextXenHvm(String current) {
        int own = xenNumber(current);
        if (own >= 0 && xenNumbers.getOrDefault(own, 0) == 1 && taken.add(DiskNames.of("xvd", own))) {
            return DiskNames.of("xvd", own);
        }
        for (int i = Math.max(XEN_HVM_FIRST_XVD, firstFree.getOrDefault("xen-hvm", 0)); ; i++) {
            String name = DiskNames.of("xvd", i);
            if (!xenNumbers.containsKey(i) && taken.add(name)) {
                xenNumbers.put(i, 1);
                firstFree.put("xen-hvm", i + 1);
                return name;
            }
        }
    }
}

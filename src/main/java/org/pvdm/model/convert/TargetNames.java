package org.pvdm.model.convert;

import java.util.HashSet;
import java.util.Set;
import org.pvdm.model.domain.Disk;
import org.pvdm.model.domain.Domain;

/**
 * Hands out free target names. A name in use is never handed out, nor one handed out before in the same
 * conversion (pv-rules.md, "Switching a disk": pick the first free name, never reuse one in use).
 */
final class TargetNames {
    /**
     * First disk number for new xvd disks of a Xen HVM guest: xen-vbd-interface(7) says to supply as few
     * hd* devices as possible and "for the rest of the disks, to use pure xvd* devices starting at xvde";
     * hda..hdd are also presented as xvda..xvdd, and some PV-on-HVM drivers crash on hda plus xvda.
     */
    static final int XEN_HVM_FIRST_XVD = 4;

    private final Set<String> taken = new HashSet<>();
    /** Xen disk numbers in use: hdb, sdb and xvdb all are disk 1 (xen-vbd-interface(7)). */
    private final Set<Integer> xenNumbers = new HashSet<>();

    TargetNames(Domain domain) {
        for (Disk d : domain.disks()) {
            taken.add(d.target());
            String p = DiskNames.prefix(d.target());
            if (p.equals("hd") || p.equals("sd") || p.equals("xvd")) {
                xenNumbers.add(DiskNames.toIndex(d.target()));
            }
        }
    }

    /** The first free name with this prefix (vd, sd), reserved from now on. */
    String next(String prefix) {
        for (int i = 0; ; i++) {
            String name = DiskNames.of(prefix, i);
            if (taken.add(name)) {
                return name;
            }
        }
    }

    /** The first free xvd name of a Xen HVM guest: from xvde on, no disk number shared with an hd or sd disk. */
    String nextXenHvm() {
        for (int i = XEN_HVM_FIRST_XVD; ; i++) {
            String name = DiskNames.of("xvd", i);
            if (!xenNumbers.contains(i) && taken.add(name)) {
                xenNumbers.add(i);
                return name;
            }
        }
    }
}

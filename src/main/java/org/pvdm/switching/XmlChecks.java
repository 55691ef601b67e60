package org.pvdm.switching;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.pvdm.model.classify.BootDisk;
import org.pvdm.model.classify.DeviceKind;
import org.pvdm.model.convert.Change;
import org.pvdm.model.convert.Conversion;
import org.pvdm.model.convert.Refusal;
import org.pvdm.model.convert.Selection;
import org.pvdm.model.domain.Disk;
import org.pvdm.model.domain.Domain;

/** The checks on the shape of a converted XML: names, limits, the boot disk, and what was left alone. */
final class XmlChecks {
    private XmlChecks() {}

    /** A device the admin named and pvdm cannot find blocks; one it cannot switch warns; the rest is said. */
    static List<Check> refusals(Conversion c, Selection selection) {
        List<Check> out = new ArrayList<>();
        for (Refusal r : c.refused()) {
            List<String> dev = List.of(r.device());
            if (r.kind() == null) {
                out.add(Check.block("device-selection", r.device() + ": " + r.reason(), dev));
            } else if (selection.named(r.device())) {
                out.add(Check.warn("device-selection", r.device() + " is not switched: " + r.reason(), dev));
            } else {
                out.add(Check.ok("left-alone", r.device() + " stays as it is: " + r.reason(), dev));
            }
        }
        return out;
    }

    static Check targets(Domain result) {
        Set<String> seen = new HashSet<>();
        List<String> dup = new ArrayList<>();
        for (Disk d : result.disks()) {
            if (!d.target().isEmpty() && !seen.add(d.target())) {
                dup.add(d.target());
            }
        }
        return dup.isEmpty() ? Check.ok("target-names", "every disk keeps a unique target name", List.of())
                : Check.block("target-names", "target names used twice after the switch: " + String.join(", ", dup), dup);
    }

    static Check ideLimit(Domain result) {
        List<String> ide = result.disks().stream().filter(d -> d.bus().equals("ide")).map(Disk::target).toList();
        return ide.size() <= 4 ? Check.ok("target-limits", "IDE holds at most 4 devices; " + ide.size() + " left", ide)
                : Check.block("target-limits", "IDE holds at most 4 devices, the result has " + ide.size(), ide);
    }

    static Check bootDisk(Conversion c) {
        Optional<Disk> before = BootDisk.of(c.original());
        if (before.isEmpty()) {
            return Check.ok("boot-disk", "no disk boots this guest by its XML (kernel, network or CD-ROM boot)", List.of());
        }
        String source = before.get().source();
        String dev = before.get().target();
        Optional<Disk> after = BootDisk.of(c.result());
        boolean same = after.isPresent() && after.get().source().equals(source);
        Optional<Change> moved = c.changes().stream().filter(ch -> ch.device().equals(dev)
                && ch.kind() == DeviceKind.DISK).findFirst();
        if (!same) {
            return Check.block("boot-disk", "the boot disk " + dev + " (" + source + ") would no longer be the first"
                    + " bootable disk", List.of(dev));
        }
        String now = after.get().target();
        return Check.ok("boot-disk", moved.isPresent() ? "the boot disk " + dev + " stays bootable as " + now
                + (after.get().bootOrder() > 0 ? " (boot order " + after.get().bootOrder() + " kept)" : " (first disk)")
                : "the boot disk " + dev + " is not changed", List.of(dev));
    }
}

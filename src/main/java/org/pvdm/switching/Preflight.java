package org.pvdm.switching;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.pvdm.host.GuestState;
import org.pvdm.model.classify.BootDisk;
import org.pvdm.model.classify.DeviceKind;
import org.pvdm.model.convert.Change;
import org.pvdm.model.convert.Conversion;
import org.pvdm.model.convert.Refusal;
import org.pvdm.model.convert.Selection;
import org.pvdm.model.domain.Disk;
import org.pvdm.model.domain.Domain;
import org.pvdm.readiness.Readiness;

/**
 * The checks a plan carries (issue 3, point 2). Each names the devices it concerns. Driver readiness is
 * judged from what the XML can tell (libosinfo id, PV devices already there); what it cannot tell is a
 * warning, never a silent guess.
 */
final class Preflight {
    private Preflight() {}

    record Input(String guest, GuestState state, Conversion conversion, Selection selection, PowerOptions power,
                 WriteAccess access, boolean driversConfirmed, Readiness readiness) {}

    static List<Check> run(Input in) {
        List<Check> checks = new ArrayList<>();
        Conversion c = in.conversion();
        if (c.guestRefused()) {
            checks.add(Check.block("guest-supported", c.guestRefusal(), List.of()));
            return checks;
        }
        checks.addAll(refusals(c, in.selection()));
        if (!c.changed()) {
            checks.add(Check.ok("nothing-to-do", "nothing to switch: every selected device is paravirtual already or"
                    + " has no paravirtual replacement", List.of()));
            return checks;
        }
        List<String> changed = c.changes().stream().map(Change::device).toList();
        checks.add(running(in, changed));
        checks.add(in.access().ok()
                ? Check.ok("write-access", "the connection may define guests", List.of())
                : Check.block("write-access", in.access().problem(), List.of()));
        checks.addAll(DriverChecks.run(c, in.driversConfirmed(), in.readiness()));
        checks.addAll(ReadinessChecks.run(c, in.readiness()));
        checks.add(targets(c.result()));
        checks.add(ideLimit(c.result()));
        checks.add(bootDisk(c));
        return checks;
    }

    /** A device the admin named and pvdm cannot find blocks; one it cannot switch warns; the rest is said. */
    private static List<Check> refusals(Conversion c, Selection selection) {
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

    private static Check running(Input in, List<String> changed) {
        if (!in.state().active()) {
            return Check.ok("guest-running", in.guest() + " is " + in.state().label()
                    + ": the change takes effect at its next start", changed);
        }
        if (in.power().shutdown()) {
            return Check.ok("guest-running", in.guest() + " is " + in.state().label() + ": it will be asked to shut down"
                    + " (waiting up to " + in.power().timeout().toSeconds() + " s" + (in.power().force()
                    ? ", then powered off" : ", never forced") + ")" + (in.power().start() ? " and started again" : ""),
                    changed);
        }
        return Check.block("guest-running", in.guest() + " is " + in.state().label() + ": a bus or model change needs a"
                + " cold boot; shut it down first, or pass --shutdown (and --start to boot it again)", changed);
    }

    private static Check targets(Domain result) {
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

    private static Check ideLimit(Domain result) {
        List<String> ide = result.disks().stream().filter(d -> d.bus().equals("ide")).map(Disk::target).toList();
        return ide.size() <= 4 ? Check.ok("target-limits", "IDE holds at most 4 devices; " + ide.size() + " left", ide)
                : Check.block("target-limits", "IDE holds at most 4 devices, the result has " + ide.size(), ide);
    }

    private static Check bootDisk(Conversion c) {
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

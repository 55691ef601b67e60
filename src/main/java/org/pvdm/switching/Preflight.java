package org.pvdm.switching;

import java.util.ArrayList;
import java.util.List;
import org.pvdm.host.GuestState;
import org.pvdm.model.convert.Change;
import org.pvdm.model.convert.Conversion;
import org.pvdm.model.convert.Selection;
import java.util.Optional;
import org.pvdm.readiness.DriverReadiness;

/**
 * The checks a plan carries (docs/pv-rules.md, "When a switch is safe"): the host's own (is the guest running, may the connection write) around the
 * shared {@link Readiness} checks that xml convert runs too. Each names the devices it concerns.
 */
final class Preflight {
    private Preflight() {}

    record Input(String guest, GuestState state, Conversion conversion, Selection selection, PowerOptions power,
                 WriteAccess access, boolean driversConfirmed, DriverReadiness readiness) {}

    static List<Check> run(Input in) {
        Conversion c = in.conversion();
        List<Check> shared = Readiness.run(c, in.selection(), new Readiness.Evidence(in.driversConfirmed(),
                Optional.of(in.readiness())));
        if (c.guestRefused() || !c.changed()) {
            return shared;
        }
        List<String> changed = c.changes().stream().map(Change::device).toList();
        List<Check> checks = new ArrayList<>();
        checks.add(running(in, changed));
        checks.add(in.access().ok()
                ? Check.ok("write-access", "the connection may define guests", List.of())
                : Check.block("write-access", in.access().problem(), List.of()));
        checks.addAll(shared);
        return checks;
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
}

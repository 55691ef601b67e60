package org.pvdm.ui.switching;

import java.util.ArrayList;
import java.util.List;
import org.pvdm.host.GuestSummary;
import org.pvdm.trial.TrialResult;
import org.pvdm.ui.common.GuiWords;

/** What the plan dialog says about trying a switch on a throwaway clone. */
final class TrialWords {
    static final String DURATION = "The clone is watched for up to 120 s; the engine cannot stop half-way"
            + " (the clone and its overlays are always removed at the end).";

    private TrialWords() {}

    /** Why no trial can run for this guest, "" when one can. */
    static String unavailable(Trials trials, GuestSummary guest) {
        if (trials == null || guest == null) {
            return "Trying on a clone is not available here.";
        }
        if (guest.state().active()) {
            return guest.name() + " is " + guest.state().label() + ": its disks are in use, so no clone can be put"
                    + " over them. Shut it down first.";
        }
        return trials.unavailable();
    }

    /** Passed or failed, what the watch saw, and where the result is kept. */
    static String outcome(TrialResult r) {
        String kept = r.recorded().isEmpty() ? "" : " " + capital(GuiWords.of(r.recorded())) + ".";
        return (r.passed() ? "Trial PASSED" : "Trial FAILED") + " on a throwaway clone: "
                + GuiWords.of(r.watch().summary()) + "." + kept
                + (r.passed() ? " You can apply the switch now." : " Applying it as planned would likely fail the same way.");
    }

    /** The console's last lines and anything left behind, after the engine's own steps. */
    static List<String> afterSteps(TrialResult r) {
        List<String> out = new ArrayList<>();
        if (!r.console().isEmpty()) {
            out.add("last lines of the clone's console" + r.consoleLog().map(p -> " (" + p + ")").orElse("") + ":");
            r.console().forEach(l -> out.add("  | " + l));
        }
        if (!r.leftovers().isEmpty()) {
            out.add("could not remove " + r.leftovers() + ": remove them by hand");
        }
        out.add("the clone and its overlays are gone; " + r.guest() + "'s images were only read");
        return out;
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}

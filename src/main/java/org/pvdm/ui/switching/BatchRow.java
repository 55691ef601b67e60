package org.pvdm.ui.switching;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.pvdm.batch.BatchPlan;
import org.pvdm.switching.Plan;
import org.pvdm.switching.Verdict;
import org.pvdm.ui.common.GuiWords;

/**
 * One guest of a batch plan as the dialog lists it: what happens to it, its changes, and every check that
 * warns or blocks.
 *
 * @param verdict "will switch", "refused" (a check blocks), "left alone" (nothing to switch) or "cannot plan"
 */
public record BatchRow(String guest, String verdict, String changes, String checks) {

    /** Every guest of the plan: the ones to switch, the refused ones, then the ones left alone. */
    static List<BatchRow> of(BatchPlan b) {
        List<BatchRow> out = new ArrayList<>();
        for (Plan p : b.applicable()) {
            out.add(new BatchRow(p.guest(), "will switch", changes(p), checks(p)));
        }
        for (Plan p : b.blocked()) {
            out.add(new BatchRow(p.guest(), "refused", changes(p), checks(p)));
        }
        for (BatchPlan.Left l : b.left()) {
            out.add(new BatchRow(l.guest().name(), l.problem() ? "cannot plan" : "left alone", "",
                    GuiWords.of(l.reason())));
        }
        return out;
    }

    private static String changes(Plan p) {
        return p.changes().stream().map(c -> c.device() + " " + c.from() + " → " + c.to())
                .collect(Collectors.joining("\n"));
    }

    /** The engine's words, with the batch dialog's own checkbox named instead of the CLI's power flags. */
    static String words(String message) {
        return GuiWords.of(message).replace("or pass --shutdown (and --start to boot it again)",
                "or tick \u201cShut running guests down first\u201d");
    }

    private static String checks(Plan p) {
        String s = p.checks().stream().filter(c -> c.verdict() != Verdict.OK)
                .map(c -> (c.verdict() == Verdict.BLOCK ? "BLOCK " : "WARN ") + words(c.message()))
                .collect(Collectors.joining("\n"));
        return s.isEmpty() ? "no warning" : s;
    }
}

package org.pvdm.cli;

import java.util.List;
import java.util.stream.Collectors;
import org.pvdm.batch.BatchPlan;
import org.pvdm.batch.Outcome;
import org.pvdm.switching.Check;
import org.pvdm.switching.Plan;
import org.pvdm.switching.Verdict;

/** A batch plan and its outcome for the terminal: one block per guest, every warning and block said. */
final class BatchText {
    private BatchText() {}

    static String plan(BatchPlan b, String hostName) {
        StringBuilder sb = new StringBuilder();
        sb.append("Plan for ").append(b.plans().size()).append(" guest(s) on ").append(hostName).append('\n');
        for (Plan p : b.plans()) {
            sb.append('\n').append(p.guest()).append(" (").append(p.uuid()).append("): ");
            sb.append(p.changes().stream().map(c -> c.device() + " " + c.from() + " -> " + c.to())
                    .collect(Collectors.joining(", "))).append('\n');
            for (Check c : p.checks()) {
                if (c.verdict() == Verdict.OK && c.id().equals("stage")) {
                    sb.append("  [STAGE 1 of 2] ").append(c.message()).append('\n');
                } else if (c.verdict() != Verdict.OK) {
                    sb.append("  [").append(c.verdict() == Verdict.BLOCK ? "BLOCK" : "WARN").append("] ").append(c.id())
                            .append(": ").append(c.message()).append('\n');
                }
            }
        }
        if (!b.left().isEmpty()) {
            sb.append("\nLeft alone:\n");
            for (BatchPlan.Left l : b.left()) {
                sb.append("  ").append(l.guest().name()).append(": ").append(l.reason()).append('\n');
            }
        }
        sb.append("\n").append(b.applicable().size()).append(" guest(s) to switch (").append(b.changes())
                .append(" change(s)), ").append(b.blocked().size()).append(" refused by a check, ")
                .append(b.left().size()).append(" left alone. Each guest's diff: pvdm plan GUEST\n");
        return sb.toString();
    }

    static String summary(List<Outcome> outcomes) {
        TextTable t = new TextTable("GUEST", "RESULT", "BACKUP", "DETAIL");
        for (Outcome o : outcomes) {
            t.row(o.guest(), o.result().label(), o.backup().isEmpty() ? "-" : o.backup(), o.detail());
        }
        return t.toString();
    }
}

package org.pvdm.batch;

import java.util.List;
import org.pvdm.host.GuestSummary;
import org.pvdm.switching.Plan;

/**
 * One plan for several guests: a plan per guest, and the guests left out with why (nothing to switch, or a
 * definition that could not be read). Shown once, confirmed once, applied guest by guest.
 */
public record BatchPlan(List<Plan> plans, List<Left> left) {

    /**
     * A guest that is not in the batch, and why.
     *
     * @param problem true when it could not be planned (unreadable definition...), false when it has nothing to do
     */
    public record Left(GuestSummary guest, String reason, boolean problem) {}

    public BatchPlan {
        plans = List.copyOf(plans);
        left = List.copyOf(left);
    }

    /** The plans that can be applied: with changes and no blocking check. */
    public List<Plan> applicable() {
        return plans.stream().filter(p -> !p.empty() && !p.blocked()).toList();
    }

    /** The plans a check blocks. */
    public List<Plan> blocked() {
        return plans.stream().filter(p -> !p.empty() && p.blocked()).toList();
    }

    public int changes() {
        return applicable().stream().mapToInt(p -> p.changes().size()).sum();
    }
}

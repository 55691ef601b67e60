package org.pvdm.batch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pvdm.host.GuestDefinition;
import org.pvdm.host.GuestSummary;
import org.pvdm.host.Host;
import org.pvdm.host.HostException;
import org.pvdm.model.convert.Selection;
import org.pvdm.switching.Plan;
import org.pvdm.switching.Planner;
import org.pvdm.switching.PowerOptions;
import org.pvdm.switching.WriteAccess;

/** Plans several guests at once: their definitions are read in one batch, each is planned on its own. */
public final class BatchPlanner {
    private final Host host;

    public BatchPlanner(Host host) {
        this.host = host;
    }

    /** The options every guest of the batch is planned with. */
    public record Options(Selection selection, PowerOptions power, WriteAccess access, boolean driversConfirmed) {}

    /** These guests (names or UUIDs; an unknown one fails the whole batch before anything is planned). */
    public BatchPlan plan(List<String> namesOrUuids, Options options) throws HostException {
        Map<String, GuestSummary> byUuid = new LinkedHashMap<>();
        for (String n : namesOrUuids) {
            GuestSummary g = host.guest(n);
            byUuid.putIfAbsent(g.uuid(), g);
        }
        return plan(List.copyOf(byUuid.values()), options, false);
    }

    /** Every guest on the host that has something to switch under the selection. */
    public BatchPlan planAll(Options options) throws HostException {
        return plan(host.guests(), options, true);
    }

    private BatchPlan plan(List<GuestSummary> guests, Options o, boolean all) throws HostException {
        Planner planner = new Planner(host);
        List<Plan> plans = new ArrayList<>();
        List<BatchPlan.Left> left = new ArrayList<>();
        for (GuestDefinition d : host.definitions(guests)) {
            if (d.error() != null) {
                left.add(new BatchPlan.Left(d.guest(), d.error().getMessage(), true));
                continue;
            }
            try {
                Plan p = planner.plan(d.guest(), d.xml(), o.selection(), o.power(), o.access(), o.driversConfirmed());
                if (p.empty()) {
                    left.add(new BatchPlan.Left(d.guest(), "nothing to switch" + (all ? "" : " (no convertible"
                            + " device under this selection)"), false));
                } else {
                    plans.add(p);
                }
            } catch (HostException e) {
                left.add(new BatchPlan.Left(d.guest(), e.getMessage(), true));
            }
        }
        return new BatchPlan(plans, left);
    }
}

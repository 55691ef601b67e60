package org.pvdm.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.pvdm.model.convert.Change;
import org.pvdm.switching.Check;
import org.pvdm.switching.Plan;
import org.pvdm.switching.Stage;
import org.pvdm.switching.Verdict;

/** A plan for the terminal and as stable JSON. */
final class PlanText {
    private PlanText() {}

    static String text(Plan p, String hostName) {
        StringBuilder sb = new StringBuilder();
        sb.append("Plan for ").append(p.guest()).append(" (").append(p.uuid()).append(") on ").append(hostName)
                .append('\n');
        if (p.changes().isEmpty()) {
            sb.append("\nNo changes.\n");
        } else {
            sb.append("\nChanges:\n");
            TextTable t = new TextTable("  DEVICE", "FROM", "TO", "WHY");
            for (Change c : p.changes()) {
                t.row("  " + c.device(), c.from(), c.to(), c.reason());
            }
            sb.append(t);
        }
        if (!p.stages().isEmpty()) {
            sb.append("\nStaged switch (a Windows boot disk without proof of its driver):\n");
            for (Stage st : p.stages()) {
                sb.append("  stage ").append(st.number()).append(" [").append(st.state()).append("]: ")
                        .append(st.summary()).append(" (").append(st.changes().size()).append(" change(s)); then: ")
                        .append(st.next()).append('\n');
            }
        }
        sb.append("\nChecks:\n");
        for (Check c : p.checks()) {
            String tag = switch (c.verdict()) {
                case OK -> "[ok]   ";
                case WARN -> "[WARN] ";
                case BLOCK -> "[BLOCK]";
            };
            sb.append("  ").append(tag).append(' ').append(c.id()).append(": ").append(c.message()).append('\n');
        }
        withoutBlocked(p).ifPresent(c -> sb.append("  Only devices are blocked; the other changes can be made now: ")
                .append(c).append('\n'));
        if (!p.diff().isEmpty()) {
            sb.append("\nDiff of the persistent definition:\n").append(p.diff());
            if (!p.diff().endsWith("\n")) {
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    static Map<String, Object> json(Plan p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("uri", p.uri());
        m.put("guest", p.guest());
        m.put("uuid", p.uuid());
        m.put("base", p.base());
        m.put("changes", changesJson(p.changes()));
        m.put("checks", checksJson(p.checks()));
        m.put("diff", p.diff());
        m.put("selection", p.selection());
        m.put("blocked", p.blocked());
        if (!p.stages().isEmpty()) {
            List<Map<String, Object>> stages = new ArrayList<>();
            for (Stage st : p.stages()) {
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("number", st.number());
                x.put("state", st.state());
                x.put("summary", st.summary());
                x.put("changes", changesJson(st.changes()));
                x.put("checks", checksJson(st.checks()));
                x.put("next", st.next());
                stages.add(x);
            }
            m.put("stages", stages);
        }
        return m;
    }

    /** [{device, from, to, reason}]: the same shape in plan --json and xml convert --json. */
    static List<Map<String, Object>> changesJson(List<Change> changes) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Change c : changes) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("device", c.device());
            x.put("from", c.from());
            x.put("to", c.to());
            x.put("reason", c.reason());
            out.add(x);
        }
        return out;
    }

    /** [{id, verdict, message, devices}]: the same shape in plan --json and xml convert --json. */
    static List<Map<String, Object>> checksJson(List<Check> checks) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Check c : checks) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("id", c.id());
            x.put("verdict", c.verdict().label());
            x.put("message", c.message());
            x.put("devices", c.devices());
            out.add(x);
        }
        return out;
    }

    /** The checks that refuse a guest as a whole, whatever devices are chosen: no device can be left out of them. */
    private static final Set<String> WHOLE_GUEST = Set.of("guest-running", "write-access", "stage", "guest-supported");

    /**
     * When only device checks block (and no SCSI disk, whose controller would follow it), the command that switches
     * the other devices now, as xml convert would hold back the blocked ones; empty when there is none.
     */
    static Optional<String> withoutBlocked(Plan p) {
        if (p.blocking().isEmpty()) {
            return Optional.empty(); // nothing is held back: no partial command to offer
        }
        Set<String> blocked = new LinkedHashSet<>();
        for (Check c : p.blocking()) {
            if (WHOLE_GUEST.contains(c.id()) || c.devices().isEmpty()) {
                return Optional.empty();
            }
            blocked.addAll(c.devices());
        }
        if (p.changes().stream().anyMatch(ch -> ch.from().startsWith("scsi ") || ch.device().startsWith("scsi:"))) {
            return Optional.empty();
        }
        List<String> rest = p.changes().stream().map(Change::device).filter(d -> !blocked.contains(d)).distinct()
                .toList();
        if (rest.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("pvdm convert " + p.guest() + rest.stream().map(d -> " --device " + d)
                .collect(Collectors.joining()));
    }

    static String blockingSummary(Plan p) {
        List<String> lines = new ArrayList<>();
        for (Check c : p.checks()) {
            if (c.verdict() == Verdict.BLOCK) {
                lines.add(c.id() + ": " + c.message());
            }
        }
        return String.join("; ", lines);
    }
}

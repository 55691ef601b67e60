package org.pvdm.switching;

import java.util.List;
import org.pvdm.model.convert.Change;

/**
 * What a switch would do, made before anything changes: the device changes, the preflight checks and the
 * exact diff of the persistent XML.
 *
 * @param base      "sha256:HEX" of the inactive XML the plan was made from
 * @param selection the selection as command-line words (to re-make the same plan at apply time)
 * @param baseXml   the inactive XML the plan was made from
 * @param newXml    the XML to define
 * @param running   whether the guest was running when the plan was made
 * @param stages    for a staged switch (a Windows boot disk without proof), both stages; empty otherwise
 */
public record Plan(String uri, String guest, String uuid, String base, List<Change> changes, List<Check> checks,
                   String diff, List<String> selection, String baseXml, String newXml, boolean running,
                   List<Stage> stages) {

    public Plan {
        changes = List.copyOf(changes);
        checks = List.copyOf(checks);
        selection = List.copyOf(selection);
        stages = List.copyOf(stages);
    }

    /** A plan in one step (no stages). */
    public Plan(String uri, String guest, String uuid, String base, List<Change> changes, List<Check> checks,
                String diff, List<String> selection, String baseXml, String newXml, boolean running) {
        this(uri, guest, uuid, base, changes, checks, diff, selection, baseXml, newXml, running, List.of());
    }

    /** The stage this plan applies (1 or 2), 0 when it is not staged. */
    public int stageApplied() {
        return stages.stream().filter(s -> s.state().equals("next")).mapToInt(Stage::number).findFirst().orElse(0);
    }

    public boolean empty() {
        return changes.isEmpty();
    }

    public boolean blocked() {
        return checks.stream().anyMatch(c -> c.verdict() == Verdict.BLOCK);
    }

    public List<Check> blocking() {
        return checks.stream().filter(c -> c.verdict() == Verdict.BLOCK).toList();
    }
}

package org.pvdm.ui.switching;

import java.util.List;
import java.util.function.Consumer;
import org.pvdm.trial.TrialResult;

/** Runs the planned switch on a throwaway clone ({@code pvdm try}'s engine); blocks, so it runs on the task runner. */
@FunctionalInterface
public interface Trials {
    /**
     * @param uuid     the shut-off guest
     * @param devices  the planned selection (target dev, MAC, TYPE:INDEX); empty for every convertible device
     * @param progress each step, as the engine says it
     */
    TrialResult run(String uuid, List<String> devices, Consumer<String> progress) throws Exception;

    /** Why trials cannot run at all on this connection ("" when they can). */
    default String unavailable() {
        return "";
    }
}

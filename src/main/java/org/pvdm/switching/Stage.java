package org.pvdm.switching;

import java.util.List;
import org.pvdm.model.convert.Change;

/**
 * One stage of a staged switch (a Windows boot disk without proof of its driver), as plan --json shows it.
 *
 * @param number  1 or 2
 * @param state   "next" (what convert applies now), "later" (after proof), "done" or "waiting" (stage 1 applied,
 *                no proof yet)
 * @param summary what the stage does, in one line
 * @param next    what the admin does after it
 */
public record Stage(int number, String state, String summary, List<Change> changes, List<Check> checks, String next) {
    public Stage {
        changes = List.copyOf(changes);
        checks = List.copyOf(checks);
    }
}

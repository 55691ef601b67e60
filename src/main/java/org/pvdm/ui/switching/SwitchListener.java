package org.pvdm.ui.switching;

import org.pvdm.switching.ApplyResult;

/** Hears about switches: the guest table reads the guest again, the statistics keep its "before". */
public interface SwitchListener {

    /** A guest's definition changed (switch, rollback, or a failed attempt that restored it). */
    void changed(String uuid);

    /** A switch was applied and verified. */
    default void applied(ApplyResult result) {
    }

    /** The admin asked to see the guest's statistics before and after the switch. */
    default void compare(String uuid) {
    }
}

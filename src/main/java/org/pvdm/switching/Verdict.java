package org.pvdm.switching;

import java.util.Locale;

/** A preflight check's verdict: ok, warn (the admin should know), block (the switch is refused). */
public enum Verdict {
    OK, WARN, BLOCK;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}

package org.pvdm.switching;

import org.pvdm.model.domain.Domain;
import org.pvdm.model.xml.XmlException;

/** What a guest's stored definition is after a switch whose define may or may not have reached libvirt. */
public enum Outcome {
    /** Exactly the definition the switch started from: nothing was changed. */
    OLD("the old definition (nothing was changed)"),
    /** Every planned change is stored. */
    NEW("the new definition (every planned change is stored)"),
    /** Neither: someone else changed it. */
    OTHER("someone else's definition (neither the old one nor the planned one)");

    private final String text;

    Outcome(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }

    public static Outcome of(Plan plan, String stored) {
        if (Hashes.of(stored).equals(plan.base())) {
            return OLD;
        }
        try {
            return Verifier.missing(plan, Domain.parse(stored)).isEmpty() ? NEW : OTHER;
        } catch (XmlException e) {
            return OTHER;
        }
    }
}

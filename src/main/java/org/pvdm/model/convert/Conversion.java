package org.pvdm.model.convert;

import java.util.List;
import org.pvdm.model.domain.Domain;

/**
 * The outcome of {@link Converter#convert}: the switched copy, what changed, and what was left alone.
 *
 * @param original     the domain as given (never modified)
 * @param result       a changed copy; equal to the original when nothing applies
 * @param changes      the switches, in the order they were made
 * @param refused      the devices left as they are, with the reason
 * @param guestRefusal why the whole guest was refused ("" when it was not), e.g. an lxc domain
 */
public record Conversion(Domain original, Domain result, List<Change> changes, List<Refusal> refused,
                         String guestRefusal) {

    public Conversion {
        changes = List.copyOf(changes);
        refused = List.copyOf(refused);
    }

    /** True when at least one device was switched. */
    public boolean changed() {
        return !changes.isEmpty();
    }

    /** True when the guest as a whole cannot be converted. */
    public boolean guestRefused() {
        return !guestRefusal.isEmpty();
    }

    /** The unified diff from the original XML to the result; "" when nothing changed. */
    public String diff(String labelBefore, String labelAfter) {
        return UnifiedDiff.of(original.toXml(), result.toXml(), labelBefore, labelAfter);
    }
}

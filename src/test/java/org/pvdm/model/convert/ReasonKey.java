package org.pvdm.model.convert;

/** A refusal's reason with the device's own name taken out, to count refusals by reason. */
final class ReasonKey {
    private ReasonKey() {}

    static String of(Refusal r) {
        String kind = r.kind() == null ? "unknown" : r.kind().label();
        String reason = r.reason().replace(r.device(), "NAME");
        return kind + ": " + reason;
    }
}

package org.pvdm.inventory;

import org.pvdm.host.GuestSummary;
import org.pvdm.model.classify.GuestReport;

/**
 * A guest as the inventory shows it: what the host says and what its definition says.
 *
 * @param report the verdicts on the persistent definition, or null when it could not be read
 * @param error  why the definition could not be read ("" when it could)
 */
public record GuestRow(GuestSummary summary, GuestReport report, String error) {

    public String name() {
        return summary.name();
    }

    public int emulated() {
        return report == null ? 0 : report.emulatedCount();
    }

    public int convertible() {
        return report == null ? 0 : report.convertibleCount();
    }

    public String hypervisor() {
        return report == null ? "" : report.hypervisor();
    }

    public String os() {
        return report == null ? "" : OsNames.shortName(report.os());
    }
}

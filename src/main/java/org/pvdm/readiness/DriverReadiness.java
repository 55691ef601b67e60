package org.pvdm.readiness;

import java.util.List;

/** A guest's driver readiness per kind of paravirtual device (disk, NIC, SCSI), always all three. */
public record DriverReadiness(List<KindReadiness> kinds) {
    public DriverReadiness {
        kinds = List.copyOf(kinds);
    }

    public KindReadiness of(PvKind kind) {
        return kinds.stream().filter(k -> k.kind() == kind).findFirst()
                .orElseThrow(() -> new IllegalStateException("no readiness for " + kind));
    }

    public boolean ready(PvKind kind) {
        return of(kind).verdict() == ReadyVerdict.READY;
    }
}

package org.pvdm.switching;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pvdm.model.classify.DeviceKind;
import org.pvdm.model.convert.Change;
import org.pvdm.model.convert.Conversion;
import org.pvdm.readiness.DriverReadiness;
import org.pvdm.readiness.KindReadiness;
import org.pvdm.readiness.PvKind;
import org.pvdm.readiness.ReadyVerdict;

/**
 * The guest's driver readiness as plan checks, one per kind of paravirtual device the switch creates: ok when
 * ready, a warning naming the evidence otherwise (the watchdog and pvdm try catch what a warning lets through).
 */
final class ReadinessChecks {
    private ReadinessChecks() {}

    static List<Check> run(Conversion c, DriverReadiness r) {
        Map<PvKind, List<String>> devices = new EnumMap<>(PvKind.class);
        for (Change ch : c.changes()) {
            kind(ch).ifPresent(k -> devices.computeIfAbsent(k, x -> new ArrayList<>()).add(ch.device()));
        }
        List<Check> out = new ArrayList<>();
        devices.forEach((kind, devs) -> {
            KindReadiness k = r.of(kind);
            String msg = "driver readiness for " + kind.label() + ": " + k.verdict().label() + " (" + k.because() + ")";
            out.add(k.verdict() == ReadyVerdict.READY ? Check.ok("readiness-" + kind.label(), msg, devs)
                    : Check.warn("readiness-" + kind.label(), msg + (k.verdict() == ReadyVerdict.NOT_READY
                    ? "; try it first: pvdm try " + c.original().name() : ""), devs));
        });
        return out;
    }

    /** The kind of driver a change makes the guest need: virtio-blk, virtio-net or virtio-scsi. */
    static Optional<PvKind> kind(Change ch) {
        String to = ch.to();
        if (ch.kind() == DeviceKind.NIC) {
            return to.startsWith("virtio") ? Optional.of(PvKind.NIC) : Optional.empty();
        }
        if (to.startsWith("virtio-scsi") || to.startsWith("scsi")) {
            return Optional.of(PvKind.SCSI);
        }
        if (to.startsWith("virtio ")) {
            return Optional.of(PvKind.DISK);
        }
        return Optional.empty();
    }
}

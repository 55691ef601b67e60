package org.pvdm.ui.devices;

import java.util.Optional;
import java.util.stream.Collectors;
import org.pvdm.readiness.Evidence;
import org.pvdm.readiness.KindReadiness;
import org.pvdm.readiness.PvdmMetadata;
import org.pvdm.ui.common.GuiWords;

/** The readiness line, its evidence and the stage note of the devices view, in the GUI's words. */
final class ReadinessWords {
    private ReadinessWords() {}

    /** "Drivers for paravirtual devices: disk ready · NIC unknown · SCSI not ready", or why it is missing. */
    static String line(GuestDetails d) {
        if (d.readiness().isEmpty()) {
            return d.problem().isEmpty() ? "" : "Driver readiness unknown: " + d.problem();
        }
        return "Drivers for paravirtual devices: " + d.readiness().get().kinds().stream()
                .map(k -> name(k) + " " + verdict(k)).collect(Collectors.joining(" · "))
                + ". " + d.readiness().get().kinds().stream().filter(k -> k.kind().label().equals("disk"))
                .map(k -> "Disk: " + GuiWords.of(k.because()) + ".").findFirst().orElse("");
    }

    /** Every piece of evidence, per kind, for the tooltip. */
    static String evidence(GuestDetails d) {
        return d.readiness().map(r -> r.kinds().stream().map(k -> name(k) + ": " + verdict(k) + "\n"
                + k.evidence().stream().map(ReadinessWords::evidence).collect(Collectors.joining("\n")))
                .collect(Collectors.joining("\n\n"))).orElse("");
    }

    private static String evidence(Evidence e) {
        return "  • " + GuiWords.of(e.toString()) + " → " + e.finding().label().replace('-', ' ');
    }

    /** What a staged switch under way means and what the admin does next, "" when none is. */
    static String stage(Optional<PvdmMetadata.Stage> stage, String guest) {
        return stage.map(s -> "Staged switch: stage 1 is done (temporary virtio disk " + s.tempDisk()
                + " attached, the boot disk untouched). Next: start " + guest + " so Windows binds the driver"
                + " (install it from the driver ISO if Windows asks), shut it down, then \"Switch to paravirtual…\""
                + " again: stage 2 switches the boot disk and removes the temporary disk once its guest agent shows"
                + " the driver or you tick \"The paravirtual drivers are installed\".").orElse("");
    }

    private static String name(KindReadiness k) {
        return switch (k.kind()) {
            case DISK -> "disk";
            case NIC -> "NIC";
            case SCSI -> "SCSI";
        };
    }

    private static String verdict(KindReadiness k) {
        return k.verdict().label().replace('-', ' ');
    }
}

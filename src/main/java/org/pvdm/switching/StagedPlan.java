package org.pvdm.switching;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pvdm.model.convert.Change;
import org.pvdm.model.convert.Conversion;
import org.pvdm.model.domain.Domain;
import org.pvdm.readiness.PvKind;
import org.pvdm.readiness.PvdmMetadata;
import org.pvdm.readiness.ReadyVerdict;

/** Decides which stage a plan applies: none (one step), stage 1, waiting for proof, or stage 2. */
final class StagedPlan {
    private final String uri;
    private final Optional<Path> iso;
    private Conversion conversion;
    private final List<Check> extra = new ArrayList<>();
    private final List<Stage> stages = new ArrayList<>();
    private Conversion later;
    private int applying;
    private String state1 = "";

    StagedPlan(String uri, Optional<Path> iso) {
        this.uri = uri;
        this.iso = iso;
    }

    StagedPlan decide(Preflight.Input in, Domain d) {
        Conversion full = in.conversion();
        conversion = full;
        Optional<PvdmMetadata.Stage> st = new PvdmMetadata(d).stage();
        boolean proven = in.driversConfirmed() || in.readiness().of(PvKind.DISK).verdict() == ReadyVerdict.READY;
        if (st.isPresent()) {
            Optional<Conversion> s2 = Staging.stage2(d, in.selection(), st.get());
            if (s2.isEmpty()) {
                extra.add(Check.block("stage", "pvdm's stage mark names a temporary disk " + st.get().tempDisk() + " ("
                        + st.get().tempImage() + ") that the definition does not hold: pvdm removes only a disk it"
                        + " added; roll back (pvdm backups " + in.guest() + ") or remove the mark", List.of()));
                return this;
            }
            conversion = s2.get();
            state1 = "done";
            if (proven) {
                applying = 2;
            } else {
                extra.add(Check.block("stage", "stage 1 is applied (temporary disk " + st.get().tempDisk() + "): boot "
                        + in.guest() + " so Windows binds the driver (install it from the driver ISO if needed), shut it"
                        + " down, then convert again: stage 2 needs proof, from its guest agent (guest-get-devices"
                        + " showing viostor) or your word (--drivers-installed)", List.of(st.get().tempDisk())));
                state1 = "waiting";
            }
            return this;
        }
        Optional<String> boot = Staging.bootWithoutProof(full, in.readiness(), in.driversConfirmed());
        Optional<Path> image = boot.flatMap(b -> Staging.tempImage(d, b));
        if (boot.isEmpty()) {
            return this;
        }
        if (image.isEmpty() || !uri.startsWith("qemu:///")) {
            // said, not silent: the admin sees why the block stands instead of the two stages
            extra.add(Check.warn("stage", "no staged switch for the boot disk " + boot.get() + ": " + (image.isEmpty()
                    ? "its source is not a local file, so pvdm has no folder for the temporary disk image"
                    : "pvdm creates the temporary disk image beside the guest's images only on a local qemu:/// host,"
                    + " not on " + uri), List.of(boot.get())));
            return this;
        }
        later = full;
        conversion = Staging.stage1(d, in.selection(), boot.get(), image.get(), iso);
        extra.add(Check.ok("stage", "staged switch: stage 1 leaves the boot disk " + boot.get() + " alone and adds a"
                + " temporary virtio disk so Windows binds its driver; stage 2 (pvdm convert again, once the driver is"
                + " proven or confirmed) switches " + boot.get(), List.of(boot.get())));
        applying = 1;
        return this;
    }

    Conversion conversion() {
        return conversion;
    }

    List<Check> extraChecks() {
        return extra;
    }

    /** Both stages for plan --json: the one applied now carries this plan's changes and checks. */
    List<Stage> stages(List<Check> checks) {
        if (applying == 1) {
            stages.add(new Stage(1, "next", "leave the boot disk alone; add a temporary virtio disk"
                    + iso.map(p -> " and the driver ISO " + p).orElse(""), conversion.changes(), checks,
                    "boot the guest once so Windows binds the driver, shut it down, then pvdm convert again"));
            stages.add(new Stage(2, "later", "switch the boot disk, remove the temporary disk and its image",
                    later.changes(), List.of(Check.block("stage", "needs proof of the driver: the guest agent, or"
                    + " --drivers-installed", List.of())), "none: the switch is complete"));
        } else if (!state1.isEmpty()) {
            stages.add(new Stage(1, "done", "temporary virtio disk attached", List.of(), List.of(),
                    "boot the guest once so Windows binds the driver"));
            stages.add(new Stage(2, applying == 2 ? "next" : "waiting", "switch the boot disk, remove the temporary"
                    + " disk and its image", conversion.changes(), checks, "none: the switch is complete"));
        }
        return stages;
    }

    static boolean removes(Change c) {
        return c.to().equals("removed");
    }
}

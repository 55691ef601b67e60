package org.pvdm.model.classify;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.pvdm.model.domain.Controller;
import org.pvdm.model.domain.Domain;

/** Which SCSI host adapter a SCSI disk hangs on, and whether it is emulated. */
public final class ScsiHbas {
    /** libvirt's paravirtual SCSI controller models. */
    public static final Set<String> PV_MODELS = Set.of("virtio-scsi", "virtio-transitional", "virtio-non-transitional");

    record Hba(String model, boolean paravirtual, boolean implicit) {
        String describe() {
            if (model.isEmpty() || implicit) {
                return "no model set: QEMU's default on this machine, " + (model.isEmpty() ? "an emulated HBA" : model);
            }
            return EmulatedNames.hbaLabel(model);
        }
    }

    private final Domain domain;
    /** Model per SCSI controller index, read once: looking each disk's controller up again would be quadratic. */
    private final Map<Integer, String> models = new HashMap<>();

    ScsiHbas(Domain domain) {
        this.domain = domain;
        for (Controller c : domain.controllers()) {
            if (c.type().equals("scsi")) {
                models.putIfAbsent(c.index(), c.model());
            }
        }
    }

    /** The HBA with this index; when none is written or it has no model, libvirt's default for the arch. */
    Hba of(int index) {
        String model = models.getOrDefault(index, "");
        if (!model.isEmpty() && !model.equals("auto") && !model.equals("default")) {
            return new Hba(model, PV_MODELS.contains(model), false);
        }
        String fallback = defaultModel(domain.os().arch(), domain.os().machine());
        return new Hba(fallback, PV_MODELS.contains(fallback), true);
    }

    /** libvirt's default SCSI model: lsilogic on x86, ibmvscsi on pseries, virtio-scsi elsewhere. */
    public static String defaultModel(String arch, String machine) {
        if (arch.isEmpty() || arch.equals("x86_64") || arch.equals("i686")) {
            return "lsilogic";
        }
        if (arch.startsWith("ppc64") && (machine.isEmpty() || machine.startsWith("pseries"))) {
            return "ibmvscsi";
        }
        return "virtio-scsi";
    }
}

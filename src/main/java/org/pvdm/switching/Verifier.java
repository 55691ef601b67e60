package org.pvdm.switching;

import java.util.ArrayList;
import java.util.List;
import org.pvdm.model.classify.DeviceKind;
import org.pvdm.model.convert.Change;
import org.pvdm.model.domain.Domain;

/** Checks that what libvirt stored holds every planned change. */
final class Verifier {
    private Verifier() {}

    /** The planned changes missing from the stored definition, one line each; empty when all are there. */
    static List<String> missing(Plan plan, Domain stored) {
        List<String> out = new ArrayList<>();
        for (Change c : plan.changes()) {
            String[] to = c.to().split(" ");
            switch (c.kind()) {
                case NIC -> {
                    String model = stored.nic(c.device()).map(n -> n.model()).orElse("(gone)");
                    if (!model.equals(to[0])) {
                        out.add(c.device() + ": model is " + model + ", planned " + to[0]);
                    }
                }
                case CONTROLLER -> {
                    String[] idx = c.newName().split(":");
                    String model = stored.controller(idx[0], Integer.parseInt(idx[1])).map(x -> x.model()).orElse("(gone)");
                    if (!model.equals(to[0])) {
                        out.add(c.newName() + ": model is " + model + ", planned " + to[0]);
                    }
                }
                default -> {
                    if (c.to().equals("removed")) {
                        // Its name may be taken by the switched boot disk: look for the stage image instead.
                        stored.disks().stream().filter(d -> d.source().endsWith(Staging.IMAGE_SUFFIX)).findFirst()
                                .ifPresent(d -> out.add(c.device() + ": the temporary disk (" + d.source()
                                        + ") is still attached as " + d.target() + ", planned to be removed"));
                        continue;
                    }
                    if (to.length < 2 || c.kind() == DeviceKind.FLOPPY) {
                        continue;
                    }
                    String bus = stored.disk(c.newName()).map(d -> d.bus()).orElse("(gone)");
                    if (!bus.equals(to[0])) {
                        out.add(c.device() + " -> " + c.newName() + ": bus is " + bus + ", planned " + to[0]);
                    }
                }
            }
        }
        return out;
    }
}

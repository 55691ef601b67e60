package org.pvdm.readiness;

import java.util.Optional;
import org.pvdm.model.domain.Disk;
import org.pvdm.model.domain.Domain;

/**
 * A paravirtual device of the kind already in the definition: the guest has been running with it. The
 * temporary disk of a staged switch does not count (it is there to make the driver bind, not proof that it did).
 */
final class AttachedSource {
    private AttachedSource() {}

    static Optional<Evidence> find(Domain d, PvKind kind, String tempDisk) {
        Optional<String> hit = switch (kind) {
            case DISK -> d.disks().stream().filter(x -> x.device().equals("disk") && x.bus().equals("virtio")
                    && !x.target().equals(tempDisk)).map(Disk::target).findFirst();
            case NIC -> d.nics().stream().filter(n -> n.model().equals("virtio")).map(n -> n.mac()).findFirst();
            case SCSI -> d.controllers().stream().filter(c -> c.type().equals("scsi") && c.model().equals("virtio-scsi"))
                    .map(c -> "scsi:" + c.index()).findFirst();
        };
        return hit.map(h -> new Evidence(Evidence.ATTACHED, ReadyVerdict.READY, h + " is already " + OsinfoSource.device(kind)
                + " in the definition"));
    }
}

package org.pvdm.model.convert;

import java.util.ArrayList;
import java.util.List;
import org.pvdm.model.classify.Classifier;
import org.pvdm.model.classify.DeviceKind;
import org.pvdm.model.classify.GuestReport;
import org.pvdm.model.domain.Disk;
import org.pvdm.model.domain.Domain;
import org.pvdm.model.domain.Flavour;
import org.pvdm.model.domain.Nic;

/**
 * Switches the chosen emulated devices of a domain to their paravirtual models (docs/conversion.md). Works on
 * a copy and changes only the chosen devices (plus a virtio-scsi controller when one is needed); the
 * original stays untouched.
 */
public final class Converter {
    private Converter() {}

    public static Conversion convert(Domain original, Selection selection) {
        Domain copy = original.copy();
        Flavour flavour = copy.flavour();
        if (flavour == Flavour.OTHER) {
            return refuseGuest(original, copy, "domain type '" + copy.type()
                    + "': pvdm converts KVM/QEMU and Xen guests only");
        }
        GuestReport report = Classifier.classify(copy);
        Picker.Picks picks = Picker.pick(copy, report, selection);
        List<Refusal> refused = new ArrayList<>(picks.refused());
        Picker.Picks working = new Picker.Picks(picks.chosen(), refused);
        List<Change> changes = switch (flavour) {
            case QEMU -> new QemuSwitch(copy).apply(working);
            case XEN_HVM -> new XenHvmSwitch(copy).apply(working);
            default -> List.of(); // Xen PV: nothing is emulated (the classifier judges every device paravirtual)
        };
        return new Conversion(original, copy, changes, refused, "");
    }

    private static Conversion refuseGuest(Domain original, Domain copy, String reason) {
        List<Refusal> refused = new ArrayList<>();
        for (Disk d : copy.disks()) {
            refused.add(new Refusal(d.target(), d.device().equals("cdrom") ? DeviceKind.CDROM
                    : d.device().equals("floppy") ? DeviceKind.FLOPPY : DeviceKind.DISK, reason));
        }
        int index = 0;
        for (Nic n : copy.nics()) {
            refused.add(new Refusal(n.displayName(index++), DeviceKind.NIC, reason));
        }
        return new Conversion(original, copy, List.of(), refused, reason);
    }
}

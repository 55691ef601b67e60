package org.pvdm.switching;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.pvdm.model.classify.BootDisk;
import org.pvdm.model.classify.DeviceKind;
import org.pvdm.model.convert.Change;
import org.pvdm.model.convert.Conversion;
import org.pvdm.model.convert.Converter;
import org.pvdm.model.convert.Selection;
import org.pvdm.model.domain.Disk;
import org.pvdm.model.domain.Domain;
import org.pvdm.model.domain.Flavour;
import org.pvdm.model.domain.OsFamily;
import org.pvdm.model.xml.XmlElement;
import org.pvdm.readiness.DriverReadiness;
import org.pvdm.readiness.PvKind;
import org.pvdm.readiness.PvdmMetadata;
import org.pvdm.readiness.ReadyVerdict;

/**
 * The staged switch that replaces the block on a Windows boot disk without proof of its driver (pv-rules.md,
 * "When a switch is safe"): stage 1 leaves the boot disk alone and adds a small temporary virtio disk (and a
 * driver ISO when given) so Windows binds the driver at the next boot; stage 2, once the driver is proven or
 * confirmed, switches the boot disk and removes the temporary disk. The stage is kept in the guest's metadata.
 */
final class Staging {
    /** The temporary disk's image name ends so: stage 2 removes only a disk whose image is named like this. */
    static final String IMAGE_SUFFIX = "-pvdm-stage.qcow2";

    private Staging() {}

    /** The boot disk that needs staging, if this conversion would move one without proof. */
    static Optional<String> bootWithoutProof(Conversion full, DriverReadiness r, boolean confirmed) {
        Domain d = full.original();
        if (confirmed || d.os().family() != OsFamily.WINDOWS || d.flavour() == Flavour.XEN_HVM
                || r.of(PvKind.DISK).verdict() == ReadyVerdict.READY) {
            return Optional.empty();
        }
        Optional<String> boot = BootDisk.of(d).map(Disk::target);
        return boot.filter(b -> full.changes().stream().anyMatch(c -> c.kind() == DeviceKind.DISK
                && c.device().equals(b)));
    }

    /** Stage 1: everything selected but the boot disk, plus the temporary disk (and the driver ISO). */
    static Conversion stage1(Domain d, Selection selection, String boot, Path tempImage, Optional<Path> iso) {
        Conversion rest = Converter.convert(d, selection.holding(Set.of(boot)));
        Domain result = rest.result();
        List<Change> changes = new ArrayList<>(rest.changes());
        String temp = free(result, "vd", 'a');
        XmlElement disk = result.devicesElement().addElement("disk");
        disk.setAttr("type", "file").setAttr("device", "disk");
        disk.addElement("driver").setAttr("name", "qemu").setAttr("type", "qcow2");
        disk.addElement("source").setAttr("file", tempImage.toString());
        disk.addElement("target").setAttr("dev", temp).setAttr("bus", "virtio");
        changes.add(new Change(temp, DeviceKind.DISK, "", "virtio " + temp, "temporary virtio disk (" + tempImage
                + ", 64 MiB) so Windows binds viostor at the next boot; stage 2 removes it and its image"));
        iso.ifPresent(p -> {
            boolean q35 = result.os().machine().contains("q35");
            String bus = q35 ? "sata" : "ide";
            String dev = free(result, q35 ? "sd" : "hd", q35 ? 'a' : 'a');
            XmlElement cd = result.devicesElement().addElement("disk");
            cd.setAttr("type", "file").setAttr("device", "cdrom");
            cd.addElement("driver").setAttr("name", "qemu").setAttr("type", "raw");
            cd.addElement("source").setAttr("file", p.toString());
            cd.addElement("target").setAttr("dev", dev).setAttr("bus", bus);
            cd.addElement("readonly");
            changes.add(new Change(dev, DeviceKind.CDROM, "", bus + " " + dev, "driver ISO " + p + " as a CD-ROM:"
                    + " install the driver from it (VMDP or virtio-win) if Windows does not find one"));
        });
        new PvdmMetadata(result).setStage(new PvdmMetadata.Stage(1, temp, tempImage.toString()));
        return new Conversion(d, result, changes, rest.refused(), "");
    }

    /**
     * Stage 2: the temporary disk removed (only when the metadata names a disk whose image is the stage image),
     * then the full switch; the stage mark cleared. Empty when the metadata does not match the definition.
     */
    static Optional<Conversion> stage2(Domain d, Selection selection, PvdmMetadata.Stage st) {
        Domain base = d.copy();
        Optional<Disk> temp = base.disk(st.tempDisk()).filter(x -> x.source().equals(st.tempImage())
                && x.source().endsWith(IMAGE_SUFFIX) && x.bus().equals("virtio"));
        if (temp.isEmpty()) {
            return Optional.empty();
        }
        base.devicesElement().removeElement(temp.get().element());
        Conversion full = Converter.convert(base, selection);
        Domain result = full.result();
        new PvdmMetadata(result).clearStage();
        List<Change> changes = new ArrayList<>(full.changes());
        changes.add(new Change(st.tempDisk(), DeviceKind.DISK, "virtio " + st.tempDisk(), "removed", "the temporary"
                + " disk of stage 1 is removed; its image " + st.tempImage() + " is deleted once the switch is stored"));
        return Optional.of(new Conversion(d, result, changes, full.refused(), ""));
    }

    /** The temporary image beside the boot disk's image: the guest's own folder, a name only pvdm uses. */
    static Optional<Path> tempImage(Domain d, String boot) {
        return d.disk(boot).map(Disk::source).filter(s -> s.startsWith("/")).map(Path::of)
                .map(p -> p.resolveSibling(d.name().replaceAll("[^A-Za-z0-9._-]", "_") + IMAGE_SUFFIX));
    }

    private static String free(Domain d, String prefix, char from) {
        Set<String> used = new HashSet<>();
        d.disks().forEach(x -> used.add(x.target()));
        for (char c = from; c <= 'z'; c++) {
            if (!used.contains(prefix + c)) {
                return prefix + c;
            }
        }
        return prefix + "zz";
    }
}

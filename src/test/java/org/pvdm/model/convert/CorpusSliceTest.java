package org.pvdm.model.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.pvdm.model.domain.Domain;
import org.pvdm.model.xml.XmlException;
import org.pvdm.testsupport.Corpus;

/**
 * The corpus slice shipped in src/test/resources/corpus stands in for the full corpus: it exercises every rule
 * of docs/pv-rules.md that libvirt's test data shows, and, when the full corpus is named, every rule the full
 * corpus exercises.
 */
class CorpusSliceTest {

    /** The rules of docs/pv-rules.md that the slice must exercise, one feature each. */
    private static final List<String> RULES = List.of(
            "flavour:QEMU", "flavour:XEN_HVM", "flavour:XEN_PV",
            // emulated buses that move to virtio-blk
            "report:QEMU:DISK:ide:EMULATED:convertible", "report:QEMU:DISK:sata:EMULATED:convertible",
            "report:QEMU:DISK:usb:EMULATED:convertible", "report:QEMU:DISK:sd:EMULATED:convertible",
            "change:QEMU:DISK:ide NAME -> virtio NAME", "change:QEMU:DISK:sata NAME -> virtio NAME",
            "change:QEMU:DISK:usb NAME -> virtio NAME", "change:QEMU:DISK:sd NAME -> virtio NAME",
            // SCSI: the emulated HBA becomes virtio-scsi, its disks follow; CD-ROMs move to SCSI on request
            "report:QEMU:DISK:scsi:EMULATED:convertible", "report:QEMU:DISK:scsi:PARAVIRTUAL",
            "report:QEMU:CONTROLLER:lsilogic:EMULATED:convertible",
            "report:QEMU:CONTROLLER:virtio-scsi:PARAVIRTUAL",
            "change:QEMU:CONTROLLER:lsilogic NAME -> virtio-scsi NAME",
            "change:QEMU:CDROM:ide NAME -> scsi NAME",
            "refusal:CDROM:CD-ROM: switched only when named (--device NAME)",
            // paravirtual already, floppies never
            "report:QEMU:DISK:virtio:PARAVIRTUAL", "report:QEMU:NIC:virtio:PARAVIRTUAL",
            "report:QEMU:FLOPPY:fdc:EMULATED",
            // emulated NIC models
            "change:QEMU:NIC:e1000 -> virtio", "change:QEMU:NIC:e1000e -> virtio", "change:QEMU:NIC:rtl8139 -> virtio",
            "change:QEMU:NIC:ne2k_pci -> virtio", "change:QEMU:NIC:pcnet -> virtio", "change:QEMU:NIC:vmxnet3 -> virtio",
            // Xen HVM: data disks to xvd, the boot disk and CD-ROMs stay, NICs to netfront; Xen PV untouched
            "change:XEN_HVM:DISK:ide NAME -> xen NAME", "report:XEN_HVM:DISK:ide:EMULATED",
            "report:XEN_HVM:CDROM:ide:EMULATED", "change:XEN_HVM:NIC:e1000 -> netfront",
            "report:XEN_HVM:NIC:netfront:PARAVIRTUAL", "report:XEN_PV:DISK:xen:PARAVIRTUAL",
            // a full pci-root: no room for a new PCI device
            "refusal:CDROM:its virtio-scsi controller needs a new PCI slot and this guest has none free (bus 0 full,"
                    + " no pci-bridge with room): libvirt would refuse the definition; add a pci-bridge first");

    @Test
    void sliceExercisesEveryRule() throws Exception {
        Set<String> slice = features(Corpus.filesUnder(Corpus.slice()));
        Set<String> missing = new TreeSet<>(RULES);
        missing.removeAll(slice);
        assertEquals(Set.of(), missing, "rules the corpus slice does not exercise; features it has:\n"
                + String.join("\n", slice));
        Corpus.full().ifPresent(full -> {
            Set<String> notInSlice = new TreeSet<>(features(Corpus.filesUnder(full)));
            notInSlice.removeAll(slice);
            assertEquals(Set.of(), notInSlice, "rules the full corpus exercises and the slice does not: add a file"
                    + " that shows them to src/test/resources/corpus");
        });
    }

    private static Set<String> features(List<Path> files) {
        Set<String> out = new TreeSet<>();
        for (Path f : files) {
            try {
                out.addAll(RuleFeatures.of(Domain.parse(Files.readString(f, StandardCharsets.UTF_8))));
            } catch (IOException | XmlException e) {
                out.add("unreadable:" + e.getClass().getSimpleName());
            }
        }
        return out;
    }
}

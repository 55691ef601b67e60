package org.pvdm.model.convert;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.pvdm.model.classify.DeviceKind;
import org.pvdm.model.domain.Nic;
import org.pvdm.model.xml.XmlElement;

/**
 * Switches a NIC's model (docs/pv-rules.md, "Switching a NIC"): virtio on KVM/QEMU, netfront on Xen HVM. MAC,
 * source and everything else stay. A PCI address stays too: virtio-net is a PCI device like e1000 and
 * rtl8139, so the slot stays valid (inference, confirmed by libvirt accepting the result); an ISA or USB
 * address (ne2k_isa, usb-net) cannot hold a PCI device and is dropped.
 */
final class NicSwitch {
    /** Children libvirt writes before {@code <model>} (virDomainNetDefFormat), to put a new model after them. */
    private static final List<String> BEFORE_MODEL = List.of("mac", "source", "virtualport", "ip", "route", "script",
            "downscript", "backenddomain", "target", "guest");
    private static final Set<String> KEPT_ADDRESSES = Set.of("pci", "ccw", "virtio-mmio");

    private NicSwitch() {}

    static Change switchTo(Nic nic, String name, String model, String why) {
        String before = nic.model().isEmpty() ? "(no model: hypervisor default)" : nic.model();
        XmlElement e = nic.element();
        Optional<XmlElement> existing = e.child("model");
        if (existing.isPresent()) {
            existing.get().setAttr("type", model);
        } else {
            XmlElement anchor = null;
            for (XmlElement child : e.elements()) {
                if (BEFORE_MODEL.contains(child.name())) {
                    anchor = child;
                }
            }
            XmlElement m = anchor == null ? e.addElement("model") : e.addElementAfter(anchor, "model");
            m.setAttr("type", model);
        }
        String note = "";
        Optional<XmlElement> addr = e.child("address");
        String type = addr.map(a -> a.optAttr("type").orElse("")).orElse("");
        if (addr.isPresent() && !KEPT_ADDRESSES.contains(type)) {
            e.removeElement(addr.get());
            note = type.isEmpty() ? "; dropped its address without a type (libvirt cannot place it)"
                    : "; dropped its " + type + " address (a " + model + " NIC is not on that bus)";
        } else if (addr.isPresent()) {
            note = "; kept its " + type + " address (still valid)";
        }
        return new Change(name, DeviceKind.NIC, before, model, why + note);
    }
}

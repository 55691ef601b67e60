package org.pvdm.model.convert;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.pvdm.model.classify.DeviceKind;
import org.pvdm.model.domain.Domain;
import org.pvdm.model.domain.Nic;
import org.pvdm.model.xml.XmlElement;

/** A domain's XML with the changed devices cut out: what must be byte-identical before and after. */
final class Outside {
    private Outside() {}

    static String of(Domain domain, List<Change> changes, boolean after) {
        Domain d = domain.copy();
        Set<String> disks = new HashSet<>();
        Set<String> nics = new HashSet<>();
        Set<String> controllers = new HashSet<>();
        for (Change c : changes) {
            String name = after ? c.newName() : c.device();
            if (c.kind().storage()) {
                disks.add(name);
            } else if (c.kind() == DeviceKind.NIC) {
                nics.add(name);
            } else if (after || !c.from().isEmpty()) {
                controllers.add(name);
            }
        }
        XmlElement devices = d.devices().orElse(null);
        if (devices == null) {
            return d.toXml();
        }
        d.disks().stream().filter(x -> disks.contains(x.target())).forEach(x -> devices.removeElement(x.element()));
        List<Nic> all = d.nics();
        for (int i = 0; i < all.size(); i++) {
            if (nics.contains(all.get(i).displayName(i))) {
                devices.removeElement(all.get(i).element());
            }
        }
        d.controllers().stream().filter(x -> controllers.contains(x.displayName()))
                .forEach(x -> devices.removeElement(x.element()));
        return d.toXml();
    }
}

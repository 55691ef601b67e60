package org.pvdm.model.convert;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.List;
import java.util.Locale;
import org.pvdm.model.classify.DeviceKind;
import org.pvdm.model.classify.DeviceReport;
import org.pvdm.model.classify.GuestReport;
import org.pvdm.model.domain.Controller;
import org.pvdm.model.domain.Disk;
import org.pvdm.model.domain.Domain;
import org.pvdm.model.domain.Nic;

/**
 * Applies a {@link Selection} to the classifier's verdicts: which devices to switch and which to refuse.
 * The verdicts come from {@link org.pvdm.model.classify.Classifier}, so the plan and the report agree.
 */
final class Picker {
    /** A device of the domain and the classifier's verdict on it. */
    record Item(DeviceReport report, Object view) {
        DeviceKind kind() {
            return report.kind();
        }

        String name() {
            return report.name();
        }
    }

    /** What was picked and what was refused. */
    record Picks(List<Item> chosen, List<Refusal> refused) {
    }

    private Picker() {}

    static Picks pick(Domain domain, GuestReport report, Selection sel) {
        List<Item> items = items(domain, report);
        List<Item> chosen = new ArrayList<>();
        Set<Object> picked = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Refusal> refused = new ArrayList<>();
        if (sel.byName()) {
            Map<String, List<Item>> byName = new HashMap<>();
            for (Item i : items) {
                byName.computeIfAbsent(i.name().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(i);
            }
            for (String name : sel.names()) {
                List<Item> matches = byName.getOrDefault(name, List.of());
                if (matches.isEmpty()) {
                    refused.add(unknown(domain, name));
                }
                for (Item item : matches) {
                    decide(item, true, sel, chosen, picked, refused);
                }
            }
        } else {
            items.forEach(item -> decide(item, false, sel, chosen, picked, refused));
        }
        return new Picks(chosen, refused);
    }

    private static void decide(Item item, boolean named, Selection sel, List<Item> chosen, Set<Object> picked,
                               List<Refusal> refused) {
        DeviceReport r = item.report();
        if (sel.held(r.name())) {
            return; // the caller holds it back and says why
        }
        if (r.kind().storage() && item.view() instanceof Disk d && d.bus().equals("scsi")
                && sel.held("scsi:" + ScsiBus.controllerOf(d)) && r.emulated()) {
            refused.add(new Refusal(r.name(), r.kind(), "stays on its emulated SCSI controller scsi:"
                    + ScsiBus.controllerOf(d) + ", which is held back (see the blocked device on it)"));
            return;
        }
        if (!sel.inScope(r.kind())) {
            if (named) {
                refused.add(new Refusal(r.name(), r.kind(), "left out by --only " + sel.scope().name().toLowerCase(Locale.ROOT)));
            }
            return;
        }
        if (r.status() == org.pvdm.model.classify.Status.HOST_SIDE) {
            // said even when not named: a NIC the guest has that pvdm will never switch is news to the admin
            refused.add(new Refusal(r.name(), r.kind(), "passthrough or host-side NIC: " + r.reason()));
            return;
        }
        if (!r.emulated()) {
            if (named) {
                refused.add(new Refusal(r.name(), r.kind(), "already paravirtual: " + r.reason()));
            }
            return;
        }
        if (!r.convertible()) {
            refused.add(new Refusal(r.name(), r.kind(), r.reason()));
        } else if (r.kind() == DeviceKind.CDROM && !named && !sel.cdroms()) {
            // CD-ROMs only on request (docs/pv-rules.md): a guest may need its emulated CD-ROM to install drivers
            refused.add(new Refusal(r.name(), r.kind(), "CD-ROM: switched only when named (--device " + r.name() + ")"));
        } else if (picked.add(item.view())) {
            chosen.add(item);
        }
    }

    /** A name that matches no judged device: a passthrough NIC, or nothing at all. */
    private static Refusal unknown(Domain domain, String name) {
        for (Nic nic : domain.nics()) {
            if (nic.passthrough() && nic.mac().equals(name)) {
                return new Refusal(name, DeviceKind.NIC, "passthrough or host-side NIC (type '" + nic.type()
                        + "'): not emulated, never touched");
            }
        }
        return new Refusal(name, null, "no such device in this guest (disks by target dev, NICs by MAC,"
                + " controllers as TYPE:INDEX)");
    }

    /** The classifier lists disks, then NICs, then SCSI controllers, each in document order. */
    static List<Item> items(Domain domain, GuestReport report) {
        List<Object> views = new ArrayList<>(domain.disks());
        views.addAll(domain.nics());
        if (report.devices().size() > views.size()) {
            domain.controllers().stream().filter(c -> c.type().equals("scsi")).forEach(views::add);
        }
        List<Item> out = new ArrayList<>();
        for (int i = 0; i < report.devices().size() && i < views.size(); i++) {
            DeviceReport r = report.devices().get(i);
            Object view = views.get(i);
            boolean fits = r.kind().storage() ? view instanceof Disk
                    : r.kind() == DeviceKind.NIC ? view instanceof Nic : view instanceof Controller;
            if (!fits) {
                throw new IllegalStateException("classifier order changed: " + r + " does not match " + view);
            }
            out.add(new Item(r, view));
        }
        return out;
    }

    static Disk disk(Item item) {
        return (Disk) item.view();
    }

    static Nic nic(Item item) {
        return (Nic) item.view();
    }

    static Controller controller(Item item) {
        return (Controller) item.view();
    }
}

package org.pvdm.switching;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.pvdm.model.classify.DeviceKind;
import org.pvdm.model.convert.Change;
import org.pvdm.model.convert.Conversion;
import org.pvdm.model.convert.Converter;
import org.pvdm.model.convert.Refusal;
import org.pvdm.model.convert.Selection;
import org.pvdm.model.domain.Disk;
import org.pvdm.model.domain.Domain;

/**
 * A conversion with no host to ask (xml convert): the {@link Readiness} checks run on it, and a device a check
 * blocks is held back and the rest converted again without it, so the blocked change is never made while the
 * others are. A block that names no switched device (the guest as a whole) refuses the whole file.
 *
 * @param conversion the conversion without the held-back devices
 * @param checks     the checks on it, plus the blocks that held devices back
 * @param held       the devices held back, each with the message of the check that blocked it
 * @param refusal    why the whole file is refused ("" when it is not)
 */
public record SafeConversion(Conversion conversion, List<Check> checks, Map<String, String> held, String refusal) {

    public SafeConversion {
        checks = List.copyOf(checks);
        held = Collections.unmodifiableMap(new LinkedHashMap<>(held));
    }

    public static SafeConversion of(Domain domain, Selection selection, Readiness.Evidence evidence) {
        Map<String, String> held = new LinkedHashMap<>();
        List<Check> blocks = new ArrayList<>();
        Selection sel = selection;
        while (true) {
            Conversion c = Converter.convert(domain, sel);
            List<Check> checks = Readiness.run(c, selection, evidence);
            Map<String, Change> changed = new HashMap<>();
            c.changes().forEach(ch -> changed.putIfAbsent(ch.device(), ch));
            Set<String> hold = new HashSet<>();
            String refusal = "";
            for (Check check : checks) {
                if (check.verdict() != Verdict.BLOCK) {
                    continue;
                }
                List<String> devices = check.devices().stream().filter(changed::containsKey).toList();
                if (devices.isEmpty()) {
                    refusal = refusal.isEmpty() ? check.id() + ": " + check.message() : refusal;
                }
                for (String d : devices) {
                    if (!held.containsKey(d)) {
                        held.put(d, check.id() + ": " + check.message());
                        hold.add(d);
                        controllerOf(changed.get(d)).ifPresent(ctl -> {
                            hold.add(ctl);
                            held.putIfAbsent(ctl, "stays emulated with " + d + " on it, which " + check.id()
                                    + " blocks");
                        });
                    }
                }
            }
            if (!refusal.isEmpty() || hold.isEmpty()) {
                List<Check> all = new ArrayList<>(blocks);
                all.addAll(checks);
                if (refusal.isEmpty() && !held.isEmpty() && !c.changed()) {
                    refusal = "nothing else to switch: every change is blocked";
                }
                return new SafeConversion(withHeld(c, held), all, held, refusal);
            }
            checks.stream().filter(ch -> ch.verdict() == Verdict.BLOCK).forEach(blocks::add);
            sel = sel.holding(hold);
        }
    }

    /** The emulated SCSI controller a held disk follows: holding the disk alone would not keep it where it is. */
    private static Optional<String> controllerOf(Change ch) {
        // a disk that follows its HBA reads "scsi sda (lsilogic scsi:0)" (see Change#from)
        String from = ch.from();
        int at = from.lastIndexOf(" scsi:");
        if (ch.kind().storage() && from.startsWith("scsi ") && at > 0 && from.endsWith(")")) {
            return Optional.of(from.substring(at + 1, from.length() - 1));
        }
        return Optional.empty();
    }

    /** The conversion with the held devices listed among the refused ones, with their block. */
    private static Conversion withHeld(Conversion c, Map<String, String> held) {
        if (held.isEmpty()) {
            return c;
        }
        Map<String, DeviceKind> kinds = new HashMap<>();
        for (Disk d : c.original().disks()) {
            kinds.putIfAbsent(d.target(), switch (d.device()) {
                case "cdrom" -> DeviceKind.CDROM;
                case "floppy" -> DeviceKind.FLOPPY;
                default -> DeviceKind.DISK;
            });
        }
        List<Refusal> refused = new ArrayList<>();
        held.forEach((device, why) -> refused.add(new Refusal(device, device.startsWith("scsi:") ? DeviceKind.CONTROLLER
                : kinds.getOrDefault(device, DeviceKind.NIC), "blocked: " + why)));
        refused.addAll(c.refused());
        return new Conversion(c.original(), c.result(), c.changes(), refused, c.guestRefusal());
    }

    /** True when a check held a device back or refused the file: the exit code is then 3. */
    public boolean blocked() {
        return !held.isEmpty() || !refusal.isEmpty();
    }
}

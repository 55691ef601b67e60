package org.pvdm.model.convert;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.pvdm.model.classify.DeviceKind;

/**
 * Which devices the admin wants switched (docs/conversion.md, "Selection"): all convertible ones (the default), the
 * devices named with {@code --device NAME}, and/or only one class with {@code --only disks|nics}. CD-ROMs
 * switch only when named; floppies never (there is no paravirtual floppy).
 */
public final class Selection {
    /** The {@code --only} scope. */
    public enum Only {
        ALL, DISKS, NICS;

        /** Parses disks or nics (case-insensitive). */
        public static Only parse(String s) {
            return switch (s.toLowerCase(Locale.ROOT)) {
                case "disks" -> DISKS;
                case "nics" -> NICS;
                default -> throw new IllegalArgumentException("--only takes disks or nics, not '" + s + "'");
            };
        }
    }

    private final Set<String> names;
    private final Only only;
    private final boolean cdroms;
    private final Set<String> held;

    private Selection(Set<String> names, Only only, boolean cdroms) {
        this(names, only, cdroms, Set.of());
    }

    private Selection(Set<String> names, Only only, boolean cdroms, Set<String> held) {
        this.names = Collections.unmodifiableSet(names);
        this.only = only;
        this.cdroms = cdroms;
        this.held = Collections.unmodifiableSet(held);
    }

    /**
     * This selection with some devices held back (a check blocks them): they are neither switched nor refused
     * here, since the caller says why. A held SCSI controller (scsi:N) keeps every disk on it where it is.
     */
    public Selection holding(Set<String> deviceNames) {
        Set<String> set = new LinkedHashSet<>(held);
        deviceNames.forEach(n -> set.add(normalise(n)));
        return new Selection(new LinkedHashSet<>(names), only, cdroms, set);
    }

    /** True when a check holds this device back. */
    public boolean held(String deviceName) {
        return held.contains(normalise(deviceName));
    }

    /** Every convertible device (CD-ROMs excepted). */
    public static Selection all() {
        return new Selection(new LinkedHashSet<>(), Only.ALL, false);
    }

    /** Only the named devices: target dev for disks and CD-ROMs, MAC for NICs, TYPE:INDEX for controllers. */
    public static Selection devices(List<String> deviceNames) {
        Set<String> set = new LinkedHashSet<>();
        deviceNames.forEach(n -> set.add(normalise(n)));
        return new Selection(set, Only.ALL, false);
    }

    /** This selection limited to disks or NICs. */
    public Selection only(Only scope) {
        return new Selection(new LinkedHashSet<>(names), scope, cdroms, held);
    }

    /** This selection with every CD-ROM counted as named (all convertible devices plus the CD-ROMs). */
    public Selection withCdroms() {
        return new Selection(new LinkedHashSet<>(names), only, true, held);
    }

    /** True when CD-ROMs are switched without being named one by one. */
    public boolean cdroms() {
        return cdroms;
    }

    /** From command-line words: {@code --device NAME} (repeatable), {@code --only disks|nics}, {@code --cdroms}. */
    public static Selection fromArgs(List<String> args) {
        List<String> named = new ArrayList<>();
        Only scope = Only.ALL;
        boolean cdroms = false;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if ((a.equals("--device") || a.equals("--only")) && i + 1 >= args.size()) {
                throw new IllegalArgumentException(a + " needs a value");
            }
            switch (a) {
                case "--device" -> named.add(args.get(++i));
                case "--only" -> scope = Only.parse(args.get(++i));
                case "--cdroms" -> cdroms = true;
                default -> throw new IllegalArgumentException("unknown selection argument '" + a + "'");
            }
        }
        Selection sel = devices(named).only(scope);
        return cdroms ? sel.withCdroms() : sel;
    }

    /** MACs compare case-insensitively; target names and controller names are lower case in libvirt. */
    private static String normalise(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }

    public Set<String> names() {
        return names;
    }

    public Only scope() {
        return only;
    }

    /** True when devices were named: then only they are switched. */
    public boolean byName() {
        return !names.isEmpty();
    }

    public boolean named(String deviceName) {
        return names.contains(normalise(deviceName));
    }

    /** True when {@code --only} lets this kind of device through (controllers count as disks). */
    public boolean inScope(DeviceKind kind) {
        return switch (only) {
            case ALL -> true;
            case DISKS -> kind != DeviceKind.NIC;
            case NICS -> kind == DeviceKind.NIC;
        };
    }

    @Override
    public String toString() {
        List<String> words = new ArrayList<>();
        names.forEach(n -> words.add("--device " + n));
        if (cdroms) {
            words.add("--cdroms");
        }
        if (only != Only.ALL) {
            words.add("--only " + only.name().toLowerCase(Locale.ROOT));
        }
        return words.isEmpty() ? "all convertible devices" : String.join(" ", words);
    }
}

package org.pvdm.lab;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The lab's isolated bridge, through plain {@code ip}: no uplink, only the host address and the guests' taps. */
final class Bridge {
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final String ROOT = "creating and changing a bridge needs root (run pvdm lab as root)";

    private final String name;
    private final String cidr;

    Bridge(String name, String cidr) {
        this.name = name;
        this.cidr = cidr;
    }

    static Bridge lab() {
        return new Bridge(LabNet.BRIDGE, LabNet.HOST_CIDR);
    }

    String name() {
        return name;
    }

    boolean exists() throws LabException {
        return Commands.run(List.of("ip", "-o", "link", "show", "dev", name), WAIT).ok();
    }

    /** Creates the bridge when missing, else gives it back its address and sets it up; true when created. */
    boolean ensure() throws LabException {
        boolean created = false;
        if (!exists()) {
            Commands.check(List.of("ip", "link", "add", name, "type", "bridge"), WAIT, ROOT);
            created = true;
        }
        if (!hasAddress()) {
            Commands.check(List.of("ip", "addr", "add", cidr, "dev", name), WAIT, ROOT);
        }
        if (!up()) {
            Commands.check(List.of("ip", "link", "set", name, "up"), WAIT, ROOT);
        }
        return created;
    }

    boolean hasAddress() throws LabException {
        Commands.Result r = Commands.run(List.of("ip", "-o", "-4", "addr", "show", "dev", name), WAIT);
        return r.ok() && r.out().contains(" " + cidr + " ");
    }

    /** The administrative UP flag (a bridge without ports shows NO-CARRIER, which is fine). */
    boolean up() throws LabException {
        Commands.Result r = Commands.run(List.of("ip", "-o", "link", "show", "dev", name), WAIT);
        if (!r.ok()) {
            return false;
        }
        int lt = r.out().indexOf('<');
        int gt = r.out().indexOf('>');
        return lt >= 0 && gt > lt && List.of(r.out().substring(lt + 1, gt).split(",")).contains("UP");
    }

    /** The interfaces attached to the bridge (the guests' vnetN taps). */
    List<String> ports() throws LabException {
        Commands.Result r = Commands.run(List.of("ip", "-o", "link", "show", "master", name), WAIT);
        List<String> out = new ArrayList<>();
        if (!r.ok()) {
            return out;
        }
        for (String line : r.out().split("\n")) {
            String[] f = line.split(":\\s+");
            if (f.length > 1) {
                String dev = f[1];
                int at = dev.indexOf('@');
                out.add(at > 0 ? dev.substring(0, at) : dev.strip());
            }
        }
        return out;
    }

    /** Attaches a tap to the bridge again (after the bridge was recreated under a running guest). */
    void attach(String tap) throws LabException {
        Commands.check(List.of("ip", "link", "set", tap, "master", name), WAIT, ROOT);
    }

    void delete() throws LabException {
        Commands.check(List.of("ip", "link", "del", name), WAIT, "remove it by hand: ip link del " + name);
    }
}

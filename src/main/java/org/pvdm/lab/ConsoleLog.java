package org.pvdm.lab;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a lab guest said on its serial console (guest-init.sh prints lines starting "pvdm-lab: "). libvirt
 * truncates the log at each start (append='off'), so it describes the current boot.
 *
 * @param disk       the data disk the guest found ("vda", "sda"), empty when none (yet)
 * @param diskDriver the guest driver bound to it (virtio_blk, sd)
 * @param nicDriver  the driver of eth0 (virtio_net, e1000)
 * @param booted     the init script started
 * @param workload   the workload runs (the boot is done)
 * @param problem    the first failure line (no disk, no NIC, insmod failed), empty when none
 */
public record ConsoleLog(String disk, String diskDriver, String nicDriver, boolean booted, boolean workload,
                         String problem) {
    public static final String PREFIX = "pvdm-lab: ";
    private static final Pattern DISK = Pattern.compile("pvdm-lab: data disk /dev/(\\w+) driver=(\\S+)");
    private static final Pattern NIC = Pattern.compile("pvdm-lab: nic eth0 driver=(\\S+)");

    static final ConsoleLog NOTHING = new ConsoleLog("", "", "", false, false, "");

    /** Reads the log; a missing or unreadable file says nothing. */
    public static ConsoleLog read(Path file) {
        try {
            if (!Files.isReadable(file)) {
                return NOTHING;
            }
            return parse(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return NOTHING;
        }
    }

    static ConsoleLog parse(String text) {
        String disk = "";
        String diskDriver = "";
        String nicDriver = "";
        String problem = "";
        Matcher d = DISK.matcher(text);
        if (d.find()) {
            disk = d.group(1);
            diskDriver = d.group(2);
        }
        Matcher n = NIC.matcher(text);
        if (n.find()) {
            nicDriver = n.group(1);
        }
        for (String line : text.split("\r?\n")) {
            int at = line.indexOf(PREFIX);
            if (at >= 0 && problem.isEmpty() && (line.contains("no data disk") || line.contains("no NIC")
                    || line.contains("FAILED"))) {
                problem = line.substring(at + PREFIX.length()).strip();
            }
        }
        return new ConsoleLog(disk, diskDriver, nicDriver, text.contains(PREFIX + "init start"),
                text.contains(PREFIX + "workload started"), problem);
    }

    /** "vda (virtio_blk), eth0 (virtio_net)" or what is known so far. */
    public String devices() {
        if (!booted) {
            return "";
        }
        String none = workload ? "" : " yet";
        String d = disk.isEmpty() ? "no disk" + none : disk + " (" + diskDriver + ")";
        String n = nicDriver.isEmpty() ? "no NIC" + none : "eth0 (" + nicDriver + ")";
        return d + ", " + n;
    }
}

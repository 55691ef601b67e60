package org.pvdm.lab;

import java.nio.file.Path;
import java.util.Locale;
import org.pvdm.host.XdgDirs;

/**
 * Where the lab keeps its files. qemu:///system guests run as libvirt-qemu, which cannot read /root: the guest
 * build, data disks and state go under libvirt's image directory, console logs next to libvirt's own logs.
 * qemu:///session guests run as the user: everything goes to the XDG cache directory.
 *
 * @param dir     the guest build (vmlinuz, initrd*.img, stamp), data disks and the state file
 * @param logDir  where the serial console logs go
 * @param qemuLogDir where libvirt writes each guest's own QEMU log (NAME.log), which it keeps after undefine
 */
public record LabPaths(Path dir, Path logDir, Path qemuLogDir) {
    public static final Path SYSTEM_DIR = Path.of("/var/lib/libvirt/images/pvdm-lab");
    public static final Path SYSTEM_LOG_DIR = Path.of("/var/log/libvirt/qemu");

    /** The paths for a local QEMU URI; UNSUPPORTED for any other (the lab builds bridges and files on this machine). */
    public static LabPaths forUri(String uri) throws LabException {
        String u = uri.strip().toLowerCase(Locale.ROOT);
        if (u.equals("qemu:///system")) {
            return new LabPaths(SYSTEM_DIR, SYSTEM_LOG_DIR, SYSTEM_LOG_DIR);
        }
        if (u.equals("qemu:///session")) {
            Path d = XdgDirs.cache().resolve("pvdm").resolve("lab");
            return new LabPaths(d, d, XdgDirs.cache().resolve("libvirt/qemu/log"));
        }
        throw new LabException(LabException.Kind.UNSUPPORTED, "the lab runs on this machine's own libvirt only"
                + " (qemu:///system or qemu:///session), not on " + uri + ": it creates a bridge and disk images here");
    }

    public static boolean isSystem(String uri) {
        return uri.strip().equalsIgnoreCase("qemu:///system");
    }

    public Path kernel() {
        return dir.resolve("vmlinuz");
    }

    public Path initrd(LabTwin twin) {
        return dir.resolve(twin.initrd());
    }

    public Path stamp() {
        return dir.resolve("stamp");
    }

    public Path image(LabTwin twin) {
        return dir.resolve(twin.imageName());
    }

    public Path consoleLog(String guestName) {
        return logDir.resolve(guestName + ".console.log");
    }

    /** libvirt's QEMU log of a lab guest: the lab's guest made it, so lab down deletes it. */
    public Path qemuLog(String guestName) {
        return qemuLogDir.resolve(guestName + ".log");
    }

    public Path stateFile() {
        return dir.resolve("lab-state.json");
    }

    /** The cached result of the KVM test boot (for the current guest build). */
    public Path acceleratorFile() {
        return dir.resolve("accelerator");
    }
}

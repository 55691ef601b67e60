package org.pvdm.trial;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.pvdm.host.XdgDirs;

/** pvdm's own folder for a trial's overlays and console log, on this machine only. */
final class TrialDirs {
    /** qemu:///system guests run as libvirt-qemu, which cannot reach /root: keep overlays beside libvirt's images. */
    static final Path SYSTEM = Path.of("/var/lib/libvirt/images/pvdm-try");

    private TrialDirs() {}

    static Path forUri(String uri) throws TrialException {
        Path dir;
        if (uri.equals("qemu:///system")) {
            dir = SYSTEM;
        } else if (uri.startsWith("qemu:///session")) {
            dir = XdgDirs.cache().resolve("pvdm").resolve("try");
        } else {
            throw new TrialException("pvdm try works on this machine's own QEMU (qemu:///system or qemu:///session),"
                    + " where it can put overlays beside the guest's images; not on " + uri);
        }
        try {
            Files.createDirectories(dir);
            if (Files.isSymbolicLink(dir) || !Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
                throw new TrialException(dir + " is not a plain folder; pvdm does not follow symlinks");
            }
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
            return dir;
        } catch (IOException e) {
            throw new TrialException("cannot create " + dir + ": " + e.getMessage() + " (qemu:///system needs root)", e);
        }
    }
}

package org.pvdm.cli;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** A driver ISO (VMDP or virtio-win) for stage 1 of a staged switch. */
public final class DriverIsoOption {
    @Option(names = "--driver-iso", paramLabel = "PATH", description = "in stage 1 of a staged switch (Windows boot"
            + " disk without proof of its driver), attach this ISO (VMDP or virtio-win) as a CD-ROM")
    Path iso;

    /** The ISO as an absolute path to a plain file (no symlink), or null. */
    Path checked() {
        if (iso == null) {
            return null;
        }
        Path p = iso.toAbsolutePath().normalize();
        if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
            throw new CliException(ExitCodes.NOT_FOUND, "--driver-iso " + iso + ": not a plain file (pvdm does not"
                    + " follow symlinks); name the ISO itself");
        }
        return p;
    }
}

package org.pvdm.lab;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** The twins' raw scratch disks, made with {@code qemu-img}; the guest overwrites them with zeros, no filesystem. */
final class DiskImages {
    private static final Duration WAIT = Duration.ofSeconds(60);

    private DiskImages() {}

    /** Creates a raw image of the given size when the file is missing; true when it was created. */
    static boolean ensure(Path file, int mib) throws LabException {
        if (Files.isRegularFile(file)) {
            return false;
        }
        Commands.check(List.of("qemu-img", "create", "-q", "-f", "raw", file.toString(), mib + "M"), WAIT,
                "install qemu-utils (apt-get install qemu-utils) and check that " + file.getParent() + " is writable");
        return true;
    }

    /** Deletes a file the lab made; false when it was not there. */
    static boolean delete(Path file) throws LabException {
        try {
            return Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new LabException(LabException.Kind.FAILED, "cannot delete " + file + ": " + e.getMessage()
                    + " (delete it by hand)", e);
        }
    }
}

package org.pvdm.trial;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates and removes the clone's qcow2 overlays with qemu-img (a fixed program, arguments as a list, no
 * shell). A base must be a plain file or block device, never reached through a symlink; an overlay is only
 * ever written inside the trial folder.
 */
final class Overlays {
    private static final Logger LOG = LoggerFactory.getLogger(Overlays.class);
    static final Path QEMU_IMG = Path.of("/usr/bin/qemu-img");
    private static final long TIMEOUT_S = 60;

    private Overlays() {}

    static void create(TrialClone.Overlay o, Path dir) throws TrialException {
        if (!o.overlay().getParent().equals(dir)) {
            throw new TrialException("overlay " + o.overlay() + " is outside " + dir);
        }
        checkBase(o);
        if (!Files.isExecutable(QEMU_IMG)) {
            throw new TrialException(QEMU_IMG + " is missing: apt-get install qemu-utils");
        }
        List<String> cmd = List.of(QEMU_IMG.toString(), "create", "-q", "-f", "qcow2", "-b", o.base().toString(),
                "-F", o.baseFormat(), o.overlay().toString());
        try {
            Files.deleteIfExists(o.overlay());
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
            byte[] out = p.getInputStream().readNBytes(64 * 1024);
            if (!p.waitFor(TIMEOUT_S, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new TrialException("qemu-img did not create " + o.overlay() + " within " + TIMEOUT_S + " s");
            }
            if (p.exitValue() != 0) {
                throw new TrialException("qemu-img could not create an overlay over " + o.base() + ": "
                        + new String(out, java.nio.charset.StandardCharsets.UTF_8).strip().lines().reduce((a, b) -> b)
                        .orElse("exit " + p.exitValue()));
            }
            Files.setPosixFilePermissions(o.overlay(), PosixFilePermissions.fromString("rw-------"));
        } catch (IOException e) {
            throw new TrialException("cannot create the overlay " + o.overlay() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TrialException("interrupted while creating " + o.overlay(), e);
        }
    }

    private static void checkBase(TrialClone.Overlay o) throws TrialException {
        try {
            BasicFileAttributes a = Files.readAttributes(o.base(), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (a.isSymbolicLink()) {
                throw new TrialException("disk " + o.target() + ": " + o.base() + " is a symlink; pvdm does not follow"
                        + " it (name the real image in the definition)");
            }
            if (!a.isRegularFile() && !a.isOther()) {
                throw new TrialException("disk " + o.target() + ": " + o.base() + " is not an image file or device");
            }
        } catch (IOException e) {
            throw new TrialException("disk " + o.target() + ": cannot read " + o.base() + " (" + e.getMessage()
                    + "); pvdm try needs the guest's images on this machine", e);
        }
    }

    /** Removes an overlay; says (logs) what could not be removed rather than failing the report. */
    static boolean remove(TrialClone.Overlay o) {
        try {
            Files.deleteIfExists(o.overlay());
            return true;
        } catch (IOException e) {
            LOG.warn("cannot remove the overlay {}: {}", o.overlay(), e.getMessage());
            return false;
        }
    }
}

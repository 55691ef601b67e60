package org.pvdm.switching;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.pvdm.host.HostException;
import org.pvdm.model.convert.Change;

/**
 * The temporary disk's image of a staged switch: created new (never over an existing file, never through a
 * symlinked folder) with qemu-img before stage 1 is defined, deleted after stage 2 is stored. Only a file whose
 * name ends in {@link Staging#IMAGE_SUFFIX} is ever deleted.
 */
public final class StageImages {
    static final Path QEMU_IMG = Path.of("/usr/bin/qemu-img");
    static final String SIZE = "64M";

    private StageImages() {}

    /** The image stage 1 of this plan adds, if it adds one. */
    public static Optional<Path> toCreate(Plan plan) {
        if (plan.stageApplied() != 1) {
            return Optional.empty();
        }
        return plan.changes().stream().filter(c -> c.from().isEmpty() && c.to().startsWith("virtio "))
                .map(Change::reason).map(StageImages::pathIn).flatMap(Optional::stream).findFirst();
    }

    /** The image stage 2 of this plan removes, if it removes one. */
    public static Optional<Path> toDelete(Plan plan) {
        if (plan.stageApplied() != 2) {
            return Optional.empty();
        }
        return plan.changes().stream().filter(StagedPlan::removes).map(Change::reason).map(StageImages::pathIn)
                .flatMap(Optional::stream).findFirst();
    }

    private static Optional<Path> pathIn(String reason) {
        for (String w : reason.split("[ ,()]")) {
            if (w.startsWith("/") && w.endsWith(Staging.IMAGE_SUFFIX)) {
                return Optional.of(Path.of(w));
            }
        }
        return Optional.empty();
    }

    public static void create(Path image) throws IOException, HostException {
        Path dir = image.getParent();
        if (dir == null || Files.isSymbolicLink(dir) || !Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException("cannot create the temporary disk " + image + ": its folder is not a plain folder on"
                    + " this machine; nothing was changed");
        }
        if (Files.exists(image, LinkOption.NOFOLLOW_LINKS)) {
            throw new HostException(HostException.Kind.CONFLICT, image + " exists already: pvdm does not write over a"
                    + " file it did not make; move it aside; nothing was changed");
        }
        try {
            if (!Files.isExecutable(QEMU_IMG)) {
                throw new IOException(QEMU_IMG + " is missing (apt-get install qemu-utils); nothing was changed");
            }
            Process p = new ProcessBuilder(List.of(QEMU_IMG.toString(), "create", "-q", "-f", "qcow2",
                    image.toString(), SIZE)).redirectErrorStream(true)
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
            byte[] out = p.getInputStream().readNBytes(16384);
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new IOException("qemu-img could not create " + image + ": "
                        + new String(out, StandardCharsets.UTF_8).strip() + "; nothing was changed");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HostException(HostException.Kind.TIMEOUT, "interrupted while creating " + image);
        }
    }

    /** Deletes the stage image; returns what to tell the admin. */
    public static String delete(Path image) {
        if (!image.getFileName().toString().endsWith(Staging.IMAGE_SUFFIX)) {
            return "not deleting " + image + ": not a pvdm stage image";
        }
        try {
            return Files.deleteIfExists(image) ? "deleted the temporary disk's image " + image
                    : "the temporary disk's image " + image + " was already gone";
        } catch (IOException e) {
            return "could not delete the temporary disk's image " + image + " (" + e.getMessage() + "): delete it by hand";
        }
    }
}

package org.pvdm.lab;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The shell scripts shipped in the jar (/org/pvdm/lab/*.sh), extracted side by side into a fresh work directory
 * (build-guest.sh reads guest-init.sh from its own directory) and run with {@code sh}.
 */
final class Scripts implements AutoCloseable {
    static final List<String> NAMES = List.of("setup-host.sh", "build-guest.sh", "guest-init.sh");
    private static final Duration SETUP_TIMEOUT = Duration.ofMinutes(10);
    private static final Duration BUILD_TIMEOUT = Duration.ofMinutes(15);

    private final Path dir;

    private Scripts(Path dir) {
        this.dir = dir;
    }

    static Scripts extract() throws LabException {
        try {
            Path dir = Files.createTempDirectory("pvdm-lab-scripts");
            for (String name : NAMES) {
                try (InputStream in = Scripts.class.getResourceAsStream("/org/pvdm/lab/" + name)) {
                    if (in == null) {
                        throw new LabException(LabException.Kind.FAILED, "the lab script " + name
                                + " is missing from pvdm's jar (a broken build: rebuild with mvn package)");
                    }
                    Files.copy(in, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return new Scripts(dir);
        } catch (IOException e) {
            throw new LabException(LabException.Kind.FAILED, "cannot extract the lab scripts to a temporary"
                    + " directory: " + e, e);
        }
    }

    /** setup-host.sh: makes qemu:///system answer (installs packages, starts virtlogd/libvirtd); root needed. */
    void setupHost(LabProgress progress) throws LabException {
        Commands.Result r = Commands.run(List.of("sh", dir.resolve("setup-host.sh").toString()), SETUP_TIMEOUT,
                progress::step);
        if (r.exit() == 2) {
            throw new LabException(LabException.Kind.DENIED, r.said());
        }
        if (!r.ok()) {
            throw new LabException(LabException.Kind.UNAVAILABLE, r.said());
        }
    }

    /** build-guest.sh: the lab guest in OUTDIR, cached (about 2 s when up to date, 20 s and 71 MB otherwise). */
    void buildGuest(Path outDir, boolean noVirtio, LabProgress progress) throws LabException {
        List<String> cmd = new ArrayList<>(List.of("sh", dir.resolve("build-guest.sh").toString(), outDir.toString()));
        if (noVirtio) {
            cmd.addAll(List.of("--variant", "no-virtio"));
        }
        Commands.Result r = Commands.run(cmd, BUILD_TIMEOUT, progress::step);
        if (!r.ok()) {
            throw new LabException(r.exit() == 2 ? LabException.Kind.FAILED : LabException.Kind.UNAVAILABLE,
                    r.said().isEmpty() ? "build-guest.sh failed (exit " + r.exit() + ")" : r.said());
        }
    }

    @Override
    public void close() {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temp dir left behind is harmless
        }
    }
}

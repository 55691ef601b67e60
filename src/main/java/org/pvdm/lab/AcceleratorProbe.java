package org.pvdm.lab;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.pvdm.host.Host;
import org.pvdm.host.HostException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * KVM or TCG: KVM only where /dev/kvm exists AND libvirt accepts a {@code type='kvm'} definition AND a test boot
 * of the lab kernel reaches the lab's init within a bounded time (a nested KVM can hang right after the BIOS).
 * The test boot's answer is cached next to the guest build, for that build.
 */
final class AcceleratorProbe {
    private static final Logger LOG = LoggerFactory.getLogger(AcceleratorProbe.class);
    static final Duration DEFAULT_BOOT_WAIT = Duration.ofSeconds(60);

    private final Host host;
    private final LabPaths paths;
    private final Path devKvm;
    private final Duration bootWait;

    AcceleratorProbe(Host host, LabPaths paths, Path devKvm, Duration bootWait) {
        this.host = host;
        this.paths = paths;
        this.devKvm = devKvm;
        this.bootWait = bootWait;
    }

    Accelerator detect(LabProgress progress) throws LabException {
        if (!Files.exists(devKvm)) {
            return Accelerator.tcg("no " + devKvm);
        }
        String stamp = read(paths.stamp()).strip();
        String[] cached = read(paths.acceleratorFile()).split("\n", 3);
        if (cached.length == 3 && cached[0].equals(stamp)) {
            return new Accelerator(cached[1], cached[2].strip());
        }
        progress.step("testing KVM: booting the lab kernel with type='kvm' (up to " + bootWait.toSeconds() + " s)");
        Accelerator a = testBoot();
        try {
            Files.writeString(paths.acceleratorFile(), stamp + "\n" + a.domainType() + "\n" + a.reason() + "\n");
        } catch (IOException e) {
            LOG.debug("cannot cache the KVM test result", e);
        }
        return a;
    }

    private Accelerator testBoot() throws LabException {
        String uuid;
        try {
            uuid = host.define(LabXml.probe(paths));
        } catch (HostException e) {
            return Accelerator.tcg("libvirt refuses type kvm: " + e.getMessage());
        }
        try {
            host.start(uuid);
            long start = System.nanoTime();
            long deadline = start + bootWait.toNanos();
            while (System.nanoTime() < deadline) {
                if (ConsoleLog.read(paths.consoleLog(LabXml.PROBE_NAME)).booted()) {
                    return Accelerator.kvm("a KVM test boot reached the lab's init in "
                            + Duration.ofNanos(System.nanoTime() - start).toSeconds() + " s");
                }
                if (!host.guest(uuid).state().active()) {
                    return Accelerator.tcg("a KVM test guest stopped before the lab's init ran");
                }
                Waits.sleep(500);
            }
            return Accelerator.tcg("a KVM test boot did not reach the lab's init in " + bootWait.toSeconds()
                    + " s (nested virtualisation?)");
        } catch (HostException e) {
            return Accelerator.tcg("a KVM guest does not start: " + e.getMessage());
        } finally {
            remove(uuid);
        }
    }

    private void remove(String uuid) throws LabException {
        try {
            if (host.guest(uuid).state().active()) {
                host.destroy(uuid);
            }
            host.undefine(uuid);
        } catch (HostException e) {
            throw new LabException(LabException.Kind.FAILED, "cannot remove the KVM test guest "
                    + LabXml.PROBE_NAME + ": " + e.getMessage() + " (pvdm lab down removes it)", e);
        }
        DiskImages.delete(paths.consoleLog(LabXml.PROBE_NAME));
    }

    private static String read(Path file) {
        try {
            return Files.isReadable(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return "";
        }
    }
}

package org.pvdm.lab;

import java.nio.file.Files;
import java.nio.file.Path;
import org.pvdm.host.Host;

/**
 * The demo lab: an isolated bridge and twin guests on a local QEMU libvirt, pvdm-lab-emulated (IDE disk, e1000
 * NIC) and pvdm-lab-pv (virtio disk, virtio NIC), running the same workload so that their I/O rates compare.
 * Every call opens its own connection and blocks (seconds to minutes): never call one on the JavaFX thread.
 *
 * <pre>
 * Lab lab = Lab.on("qemu:///system");
 * LabStatus s = lab.up(LabOptions.defaults(), line -&gt; log(line));
 * s.accelerator().label();            // "TCG (no /dev/kvm)"
 * lab.down(LabProgress.none());
 * </pre>
 */
public final class Lab {
    private static final Path DEV_KVM = Path.of("/dev/kvm");

    private final String uri;
    private final LabPaths paths;
    private final Path devKvm;

    Lab(String uri, LabPaths paths, Path devKvm) {
        this.uri = uri;
        this.paths = paths;
        this.devKvm = devKvm;
    }

    /** The lab on a local QEMU URI (qemu:///system or qemu:///session); UNSUPPORTED for any other. */
    public static Lab on(String uri) throws LabException {
        return new Lab(uri, LabPaths.forUri(uri), DEV_KVM);
    }

    public LabPaths paths() {
        return paths;
    }

    /**
     * Makes the lab exist and run; idempotent (reuses what is there, starts stopped twins, recreates missing
     * images and the bridge). Returns once every twin's workload runs, or fails with TIMEOUT after
     * {@link LabOptions#bootTimeout()}.
     */
    public LabStatus up(LabOptions options, LabProgress progress) throws LabException {
        try (Scripts scripts = Scripts.extract();
             Host host = LabConnection.open(uri, scripts::setupHost, progress)) {
            LabLock lock = LabLock.acquire(paths, LabLock.WAIT, progress);
            try {
                new LabUp(host, paths, options, devKvm, progress).run(scripts);
            } finally {
                lock.close();
            }
            return LabStatusReader.read(host, paths);
        }
    }

    /** What the lab has now (nothing when it was never brought up). */
    public LabStatus status() throws LabException {
        try (Host host = LabConnection.open(uri, null, LabProgress.none())) {
            return LabStatusReader.read(host, paths);
        }
    }

    /** Removes every guest, data disk, console log and the bridge the lab made, nothing else; keeps the guest build. */
    public LabStatus down(LabProgress progress) throws LabException {
        return down(false, progress);
    }

    /** @param purge also delete the guest build (kernel and initramfs; rebuilt from Debian packages next time) */
    public LabStatus down(boolean purge, LabProgress progress) throws LabException {
        try (Host host = LabConnection.open(uri, null, progress)) {
            // no lab directory: nothing to lock (and down must not create one)
            LabLock lock = Files.isDirectory(paths.dir()) ? LabLock.acquire(paths, LabLock.WAIT, progress) : null;
            try {
                new LabDown(host, paths, progress).run(purge);
            } finally {
                if (lock != null) {
                    lock.close();
                }
            }
            return LabStatusReader.read(host, paths);
        }
    }
}

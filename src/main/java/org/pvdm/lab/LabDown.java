package org.pvdm.lab;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.pvdm.host.Host;
import org.pvdm.host.HostException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code lab down}: removes the guests carrying the lab mark, the files the lab's state lists and the bridge
 * when the lab made it; nothing else. The guest build (kernel, initramfs) is a cache and stays unless purged.
 */
final class LabDown {
    private static final Logger LOG = LoggerFactory.getLogger(LabDown.class);

    private final Host host;
    private final LabPaths paths;
    private final LabProgress progress;

    LabDown(Host host, LabPaths paths, LabProgress progress) {
        this.host = host;
        this.paths = paths;
        this.progress = m -> {
            LOG.info(m);
            progress.step(m);
        };
    }

    void run(boolean purge) throws LabException {
        LabState state = LabState.load(paths.stateFile(), host.uri());
        for (LabGuests.Found f : LabGuests.find(host)) {
            remove(f);
        }
        for (Path file : files(state, paths)) {
            if (DiskImages.delete(file)) {
                progress.step("deleted " + file);
            }
        }
        bridge(state);
        DiskImages.delete(paths.stateFile());
        if (purge) {
            purgeBuild();
        } else if (Files.exists(paths.kernel())) {
            progress.step("kept the guest build in " + paths.dir() + " (a cache; pvdm lab down --purge removes it)");
        }
    }

    /**
     * The files the lab made, as its state lists them (without a state the lab claims no file); only those inside
     * the lab's own folders: the state file is read as data, never trusted to name a file elsewhere.
     */
    static List<Path> files(LabState state, LabPaths paths) {
        List<Path> out = new ArrayList<>();
        for (String f : state.files()) {
            Path p = Path.of(f).normalize();
            boolean ours = p.isAbsolute() && (p.getParent() != null) && (p.getParent().equals(paths.dir())
                    || p.getParent().equals(paths.logDir()) || p.getParent().equals(paths.qemuLogDir()));
            if (ours) {
                out.add(p);
            } else {
                LOG.warn("lab state lists {} outside the lab's folders: left alone", f.replaceAll("\\p{Cntrl}", "?"));
            }
        }
        return out;
    }

    private void remove(LabGuests.Found f) throws LabException {
        String name = f.guest().name();
        try {
            if (host.guest(f.guest().uuid()).state().active()) {
                host.destroy(f.guest().uuid());
                progress.step("stopped " + name + " (destroy)");
            }
            host.undefine(f.guest().uuid());
            progress.step("undefined " + name);
        } catch (HostException e) {
            if (e.kind() != HostException.Kind.NOT_FOUND) {
                throw LabException.of(e);
            }
        }
    }

    private void bridge(LabState state) throws LabException {
        Bridge bridge = Bridge.lab();
        if (!bridge.exists()) {
            return;
        }
        if (!state.bridgeCreated()) {
            progress.step("left " + bridge.name() + " alone: the lab's state does not say the lab made it"
                    + " (ip link del " + bridge.name() + " removes it)");
            return;
        }
        List<String> ports = bridge.ports();
        if (!ports.isEmpty()) {
            progress.step("left " + bridge.name() + " in place: something else is attached to it ("
                    + String.join(", ", ports) + ")");
            return;
        }
        bridge.delete();
        progress.step("deleted bridge " + bridge.name());
    }

    private void purgeBuild() throws LabException {
        List<Path> build = new ArrayList<>(List.of(paths.kernel(), paths.stamp(), paths.acceleratorFile(),
                LabLock.file(paths)));
        for (LabTwin t : LabTwin.values()) {
            build.add(paths.initrd(t));
        }
        for (Path p : build) {
            DiskImages.delete(p);
        }
        try {
            Files.deleteIfExists(paths.dir());
            progress.step("deleted the guest build " + paths.dir());
        } catch (java.io.IOException e) {
            progress.step("deleted the guest build; " + paths.dir() + " is not empty, so it stays");
        }
    }
}

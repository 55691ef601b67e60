package org.pvdm.lab;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pvdm.host.GuestSummary;
import org.pvdm.host.Host;
import org.pvdm.host.HostException;
import org.pvdm.model.domain.Domain;
import org.pvdm.model.domain.Nic;
import org.pvdm.model.xml.XmlException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code lab up}: builds what is missing, repairs what is broken, reuses the rest; each step said once. */
final class LabUp {
    private static final Logger LOG = LoggerFactory.getLogger(LabUp.class);

    private final Host host;
    private final LabPaths paths;
    private final LabOptions options;
    private final LabProgress progress;
    private final Path devKvm;
    private LabState state;

    LabUp(Host host, LabPaths paths, LabOptions options, Path devKvm, LabProgress progress) {
        this.host = host;
        this.paths = paths;
        this.options = options;
        this.devKvm = devKvm;
        this.progress = m -> {
            LOG.info(m);
            progress.step(m);
        };
    }

    void run(Scripts scripts) throws LabException {
        state = LabState.load(paths.stateFile(), host.uri());
        List<LabGuests.Found> lab = LabGuests.find(host);
        boolean noVirtio = options.noVirtio() || lab.stream().anyMatch(f -> f.role().equals(LabTwin.NOVIRTIO.role()));
        List<LabTwin> twins = new ArrayList<>(List.of(LabTwin.EMULATED, LabTwin.PV));
        if (noVirtio) {
            twins.add(LabTwin.NOVIRTIO);
        }
        mkdirs();
        progress.step("guest build: " + paths.dir() + " (cached; the first build downloads about 71 MB from Debian)");
        scripts.buildGuest(paths.dir(), noVirtio, progress);
        Accelerator accel = new AcceleratorProbe(host, paths, devKvm, AcceleratorProbe.DEFAULT_BOOT_WAIT).detect(progress);
        save(state.withAccelerator(accel));
        progress.step("accelerator: " + accel.label());

        Bridge bridge = Bridge.lab();
        boolean created = bridge.ensure();
        if (created) {
            save(state.withBridgeCreated());
        }
        progress.step("bridge " + bridge.name() + (created ? " created" : " present") + ": " + LabNet.HOST_CIDR
                + ", no uplink");
        List<String> running = new ArrayList<>();
        for (LabTwin t : twins) {
            running.add(ensure(t, lab, accel, bridge));
        }
        waitForWorkloads(running);
    }

    /** Image, definition, running; returns the guest's UUID. */
    private String ensure(LabTwin t, List<LabGuests.Found> lab, Accelerator accel, Bridge bridge) throws LabException {
        Path image = paths.image(t);
        save(state.withFile(image).withFile(paths.consoleLog(t.guestName()))
                .withFile(paths.qemuLog(t.guestName())));
        if (DiskImages.ensure(image, LabTwin.DISK_MIB)) {
            progress.step("created data disk " + image + " (" + LabTwin.DISK_MIB + " MiB, raw)");
        }
        Optional<LabGuests.Found> found = LabGuests.named(host, lab, t.guestName());
        try {
            String uuid;
            if (found.isEmpty()) {
                uuid = host.define(LabXml.twin(t, accel.domainType(), paths));
                progress.step("defined " + t.guestName() + ": " + (t.bus().equals("ide") ? "IDE" : t.bus())
                        + " disk " + t.target() + ", " + t.nicModel() + " NIC, " + t.ip() + ", "
                        + LabTwin.MEMORY_MIB + " MiB, " + LabTwin.VCPUS + " vCPU");
            } else {
                uuid = found.get().guest().uuid();
            }
            GuestSummary g = host.guest(uuid);
            if (g.state().active()) {
                progress.step(t.guestName() + " is " + g.state().label() + " already");
                reattach(uuid, bridge);
            } else {
                host.start(uuid);
                progress.step("started " + t.guestName());
            }
            return uuid;
        } catch (HostException e) {
            throw LabException.of(e);
        }
    }

    /** A running guest whose tap fell off the bridge (the bridge was deleted and made again) is put back. */
    private void reattach(String uuid, Bridge bridge) throws LabException, HostException {
        List<String> ports = bridge.ports();
        try {
            for (Nic n : Domain.parse(host.liveXml(uuid)).nics()) {
                String tap = n.hostDevice();
                if (!tap.isEmpty() && LabNet.BRIDGE.equals(n.source()) && !ports.contains(tap)) {
                    bridge.attach(tap);
                    progress.step("attached " + tap + " to " + bridge.name() + " again");
                }
            }
        } catch (XmlException e) {
            LOG.debug("cannot read the live XML of {}", uuid, e);
        }
    }

    private void waitForWorkloads(List<String> uuids) throws LabException {
        Duration timeout = options.bootTimeout();
        progress.step("waiting for the guests' workloads to start (up to " + timeout.toSeconds() + " s; 10 to 60 s"
                + " under TCG)");
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        List<String> left = new ArrayList<>(uuids);
        while (!left.isEmpty()) {
            for (String uuid : List.copyOf(left)) {
                GuestSummary g;
                try {
                    g = host.guest(uuid);
                } catch (HostException e) {
                    throw LabException.of(e);
                }
                Path log = paths.consoleLog(g.name());
                ConsoleLog c = ConsoleLog.read(log);
                if (c.workload()) {
                    left.remove(uuid);
                    long s = Duration.ofNanos(System.nanoTime() - start).toSeconds();
                    progress.step(g.name() + ": workload running on " + c.devices() + " (" + s + " s)"
                            + (c.problem().isEmpty() ? "" : "; " + c.problem()));
                } else if (!g.state().active()) {
                    throw new LabException(LabException.Kind.FAILED, g.name() + " stopped while booting ("
                            + g.state().label() + "); see its console log " + log);
                }
            }
            if (!left.isEmpty()) {
                if (System.nanoTime() > deadline) {
                    throw new LabException(LabException.Kind.TIMEOUT, "the lab guests did not report 'workload started'"
                            + " within " + timeout.toSeconds() + " s (see the console logs in " + paths.logDir()
                            + "); they keep running: pvdm lab status, or pvdm lab down");
                }
                Waits.sleep(1000);
            }
        }
    }

    private void mkdirs() throws LabException {
        try {
            Files.createDirectories(paths.dir());
            Files.createDirectories(paths.logDir());
        } catch (IOException e) {
            throw new LabException(LabException.Kind.DENIED, "cannot create " + paths.dir() + ": " + e.getMessage()
                    + " (qemu:///system needs root)", e);
        }
    }

    private void save(LabState s) throws LabException {
        state = s;
        s.save(paths.stateFile());
    }
}

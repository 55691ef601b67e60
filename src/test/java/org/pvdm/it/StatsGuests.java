package org.pvdm.it;

import java.util.ArrayList;
import java.util.List;
import org.pvdm.host.GuestSummary;
import org.pvdm.host.Host;
import org.pvdm.host.HostException;
import org.pvdm.lab.Lab;
import org.pvdm.lab.LabException;
import org.pvdm.lab.LabOptions;
import org.pvdm.lab.LabTwin;
import org.pvdm.testsupport.Needs;

/**
 * The running guests StatsQemuIT measures: the one named by {@code -Dpvdm.it.statsGuest=NAME}; else the lab
 * twins that run; else the lab brought up for the test (root, QEMU and virsh needed: skipped, naming what is
 * missing, otherwise) and taken down again after it.
 */
final class StatsGuests {
    static final List<LabTwin> TWINS = List.of(LabTwin.EMULATED, LabTwin.PV);
    private static Lab started;
    private static List<String> startedUuids = List.of();

    private StatsGuests() {}

    static synchronized List<GuestSummary> find(Host host) throws HostException {
        String named = System.getProperty("pvdm.it.statsGuest", "");
        if (!named.isBlank()) {
            GuestSummary g = host.guest(named);
            Needs.present(g.state().active(), () -> named + " (-Dpvdm.it.statsGuest) running");
            return List.of(g);
        }
        List<GuestSummary> twins = runningTwins(host);
        if (!twins.isEmpty()) {
            return twins;
        }
        LabMachine.assumeReady();
        try {
            Lab lab = Lab.on(QemuHost.URI);
            System.out.println("[StatsQemuIT] no lab twin runs: pvdm lab up");
            lab.up(LabOptions.defaults(), line -> System.out.println("[StatsQemuIT] lab: " + line));
            started = lab;
        } catch (LabException e) {
            Needs.present(false, () -> "a running lab guest (" + LabTwin.EMULATED.guestName() + ", "
                    + LabTwin.PV.guestName() + ") on " + QemuHost.URI + " and pvdm lab up failed: " + e.getMessage()
                    + " (or name any running guest with a disk and a NIC doing I/O: -Dpvdm.it.statsGuest=NAME)");
        }
        twins = runningTwins(host);
        if (twins.size() != TWINS.size()) {
            throw new AssertionError("pvdm lab up returned but the twins do not all run: " + twins);
        }
        startedUuids = twins.stream().map(GuestSummary::uuid).toList();
        return twins;
    }

    private static List<GuestSummary> runningTwins(Host host) throws HostException {
        List<GuestSummary> out = new ArrayList<>();
        for (LabTwin twin : TWINS) {
            try {
                GuestSummary g = host.guest(twin.guestName());
                if (g.state().active()) {
                    out.add(g);
                }
            } catch (HostException e) {
                if (e.kind() != HostException.Kind.NOT_FOUND) {
                    throw e;
                }
            }
        }
        return out;
    }

    /**
     * Takes the lab down if this test brought it up and its twins are still the ones it started (same UUIDs):
     * a lab someone else set up meanwhile (another test run on a shared machine) is left alone.
     */
    static synchronized void downIfStarted(Host host) throws Exception {
        if (started == null) {
            return;
        }
        List<String> now = runningTwins(host).stream().map(GuestSummary::uuid).toList();
        if (now.isEmpty() || now.equals(startedUuids)) {
            System.out.println("[StatsQemuIT] pvdm lab down (the test brought it up)");
            started.down(line -> System.out.println("[StatsQemuIT] lab: " + line));
        } else {
            System.out.println("[StatsQemuIT] lab left up: its twins were recreated by someone else meanwhile");
        }
        started = null;
    }
}

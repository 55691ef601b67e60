package org.pvdm.switching;

import org.pvdm.host.GuestState;
import org.pvdm.host.Host;
import org.pvdm.host.HostException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Shuts a guest down gracefully (forced only when the admin said so) and starts it again. */
final class PowerCycle {
    private static final Logger LOG = LoggerFactory.getLogger(PowerCycle.class);
    private static final long POLL_MS = 500;
    private static final long RESEND_NS = 10_000_000_000L;

    private PowerCycle() {}

    /** Ensures the guest is shut off; returns true when it was running. */
    static boolean stop(Host host, String uuid, String name, PowerOptions power, Progress progress)
            throws HostException {
        GuestState state = host.guest(uuid).state();
        if (!state.active()) {
            return false;
        }
        if (!power.shutdown()) {
            throw new HostException(HostException.Kind.CONFLICT, name + " is " + state.label()
                    + ": a bus or model change needs a cold boot; shut it down first or pass --shutdown");
        }
        step(progress, "asking " + name + " to shut down (ACPI), waiting up to " + power.timeout().toSeconds() + " s");
        host.shutdown(uuid);
        long deadline = System.nanoTime() + power.timeout().toNanos();
        long again = System.nanoTime() + RESEND_NS;
        while (System.nanoTime() < deadline) {
            if (!host.guest(uuid).state().active()) {
                step(progress, name + " is shut off");
                return true;
            }
            if (System.nanoTime() > again) {
                // A guest still booting misses the first power-button press (nothing listens yet): press again.
                resend(host, uuid);
                again = System.nanoTime() + RESEND_NS;
            }
            sleep();
        }
        if (!power.force()) {
            throw new HostException(HostException.Kind.TIMEOUT, name + " did not shut down within "
                    + power.timeout().toSeconds() + " s: nothing was changed; shut it down from inside the guest,"
                    + " raise --timeout, or pass --force to power it off");
        }
        step(progress, name + " did not shut down in time: powering it off (--force)");
        host.destroy(uuid);
        return true;
    }

    private static void resend(Host host, String uuid) {
        try {
            host.shutdown(uuid);
        } catch (HostException e) {
            LOG.debug("repeating the shutdown request failed: {}", e.getMessage());
        }
    }

    static void start(Host host, String uuid, String name, Progress progress) throws HostException {
        step(progress, "starting " + name);
        host.start(uuid);
    }

    private static void step(Progress progress, String message) {
        LOG.info(message);
        progress.step(message);
    }

    private static void sleep() throws HostException {
        try {
            Thread.sleep(POLL_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HostException(HostException.Kind.TIMEOUT, "interrupted while waiting for the shutdown");
        }
    }
}

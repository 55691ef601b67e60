package org.pvdm.watch;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.pvdm.host.CounterSnapshot;
import org.pvdm.host.GuestCounters;
import org.pvdm.host.GuestState;
import org.pvdm.host.Host;
import org.pvdm.host.HostException;
import org.pvdm.host.HostFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches a guest just started after a switch: its state, resets, I/O on the switched disks and, where it
 * answered before, its guest agent. Polls every two seconds; ends early only on a failure, late when the guest
 * shows its first sign of life late (see {@link WatchSignals}).
 */
public final class BootWatch {
    private static final Logger LOG = LoggerFactory.getLogger(BootWatch.class);
    public static final Duration DEFAULT = Duration.ofSeconds(120);
    private static final long POLL_MS = 2000;
    private static final long AGENT_EVERY_MS = 6000;

    /** How often a watch opens the host again after losing its connection before it gives up. */
    private static final int RECONNECTS = 3;

    private final Host original;
    private final HostFactory reconnect;
    private Host host;

    public BootWatch(Host host) {
        this(host, null);
    }

    /**
     * @param reconnect opens the same host again when the connection is lost mid-watch (a loaded libvirtd may drop
     *                  a client on a keepalive timeout): the guest is still there and still needs watching and,
     *                  when it fails, rolling back. Null: a lost connection ends the watch with its error.
     */
    public BootWatch(Host host, HostFactory reconnect) {
        this.original = host;
        this.host = host;
        this.reconnect = reconnect;
    }

    /** The connection the watch ended on: the one given, or the one it opened again (the caller closes that). */
    public Host host() {
        return host;
    }

    /**
     * Why a boot cannot be watched on this host, or empty when it can. libvirt's test driver boots nothing and
     * its counters move by the clock whatever the guest's disks are: a watch there would wait two minutes to
     * report I/O that never happened.
     */
    public static Optional<String> unwatchable(Host host) {
        return host.syntheticCounters()
                ? Optional.of("the boot is not watched on libvirt's test driver: its guests do not boot and"
                        + " its I/O counters are synthetic (the lab's real QEMU guests are watched)")
                : Optional.empty();
    }

    /** Asks the agent for a sign of life; false when it cannot (not running, no channel, silent). */
    public static boolean agentAnswers(Host host, String uuid) {
        try {
            host.agentCommand(uuid, "{\"execute\":\"guest-ping\"}", 3);
            return true;
        } catch (HostException e) {
            LOG.debug("guest-ping: {}", e.getMessage());
            return false;
        }
    }

    /**
     * Watches until {@link WatchSignals#over}: {@code duration} at least, longer when the guest shows its first
     * sign of life late (the switched disks get {@code duration} from that sign). The agent is asked every few
     * seconds even when it did not answer before the switch: an answer is a sign of life.
     */
    public WatchResult watch(String uuid, List<String> disks, boolean agentBefore, Duration duration,
                             Consumer<String> progress) throws HostException {
        WatchSignals signals = new WatchSignals(disks, agentBefore);
        long start = System.nanoTime();
        AutoCloseable resets = subscribe(uuid, signals, start);
        long lastAgent = -AGENT_EVERY_MS;
        boolean said = false;
        boolean waiting = false;
        int reconnects = 0;
        try {
            while (true) {
                long elapsedMs = (System.nanoTime() - start) / 1_000_000;
                long s = elapsedMs / 1000;
                try {
                    if (poll(uuid, signals, s, elapsedMs - lastAgent >= AGENT_EVERY_MS)) {
                        lastAgent = elapsedMs;
                    }
                } catch (HostException e) {
                    if (reconnect == null || !lost(e) || reconnects++ >= RECONNECTS) {
                        throw e;
                    }
                    progress.accept("watch: the connection to " + host.displayName() + " was lost after " + s + " s ("
                            + e.getMessage() + "); opening it again");
                    close(resets);
                    reopen();
                    resets = subscribe(uuid, signals, start);
                    continue;
                }
                if (signals.allSeen() && !said) {
                    progress.accept("watch: every sign of a good boot seen after " + s + " s; watching on until "
                            + duration.toSeconds() + " s");
                    said = true;
                }
                if (signals.over(s, duration)) {
                    return signals.result(s);
                }
                if (s >= duration.toSeconds() && !waiting) {
                    progress.accept("watch: not every sign of a good boot seen after " + s + " s ("
                            + String.join("; ", signals.result(s).seen()) + "): watching on, as a slow boot on a"
                            + " loaded host is not a failed one (the switched disks get " + duration.toSeconds()
                            + " s from the first sign of life, the guest agent up to 3 times that)");
                    waiting = true;
                }
                sleep();
            }
        } finally {
            close(resets);
        }
    }

    /** One look at the guest; returns true when the agent was asked. */
    private boolean poll(String uuid, WatchSignals signals, long s, boolean askAgent) throws HostException {
        GuestState state = host.guest(uuid).state();
        signals.state(state, s);
        if (!state.active() || signals.failed()) {
            return false;
        }
        CounterSnapshot snap = host.stats().sample(List.of(uuid));
        for (GuestCounters g : snap.guests()) {
            signals.disks(g.disks(), s);
            signals.nics(g.nics(), s);
        }
        if (askAgent && agentAnswers(host, uuid)) {
            signals.agentAnswered(s);
        }
        return askAgent;
    }

    private void reopen() throws HostException {
        Host fresh = reconnect.open();
        if (host != original) {
            host.close();
        }
        host = fresh;
    }

    private static boolean lost(HostException e) {
        return e.kind() == HostException.Kind.UNREACHABLE || e.kind() == HostException.Kind.TIMEOUT;
    }

    private AutoCloseable subscribe(String uuid, WatchSignals signals, long start) {
        try {
            return host.onReboot(uuid, () -> signals.reset((System.nanoTime() - start) / 1_000_000_000L));
        } catch (HostException e) {
            LOG.debug("no reset events: {}", e.getMessage());
            return () -> { };
        }
    }

    private static void close(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception e) {
            LOG.debug("closing the reset watch failed", e);
        }
    }

    private static void sleep() throws HostException {
        try {
            Thread.sleep(POLL_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HostException(HostException.Kind.TIMEOUT, "interrupted while watching the guest boot");
        }
    }
}

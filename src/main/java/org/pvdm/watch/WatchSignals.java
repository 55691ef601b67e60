package org.pvdm.watch;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pvdm.host.BlockCounters;
import org.pvdm.host.GuestState;
import org.pvdm.host.NetCounters;

/**
 * The watchdog's judgement, fed one observation at a time (pure, so each rule is tested on recorded sequences
 * without a guest). Fails at once on a crashed, paused or shut-off guest or a second reset. A switched disk that
 * did no I/O is judged only on the time after the guest first showed life (I/O beyond the firmware's on any
 * disk, packets sent by any NIC, an answer from its guest agent): on a loaded host a healthy kernel may start
 * late, and a watch clock started at power-on would fail it for being slow, not for being broken. So the watch
 * gives the switched disks the whole watch time from that first sign, and waits for the sign at most
 * {@link #NO_LIFE_FACTOR} times the watch time; a guest that shows none by then fails with what was seen.
 */
public final class WatchSignals {
    /** A reset or two happen on purpose (firmware, kexec); more is a boot loop. */
    static final int MAX_RESETS = 1;
    /**
     * Requests the firmware alone makes on a disk while it looks for a boot sector (SeaBIOS: one read of 512
     * bytes on a virtio disk the kernel never drives). An OS using its disk makes far more.
     */
    static final long FIRMWARE_REQUESTS = 16;
    /** How many watch times the watch waits for a first sign of life before it calls the guest dead. */
    static final int NO_LIFE_FACTOR = 3;

    private final Map<String, Long> requests = new LinkedHashMap<>();
    private final boolean agentBefore;
    private int resets;
    private boolean agentAnswered;
    private String failure = "";
    private long lifeAt = -1;
    private String life = "";

    /** @param disks the new names of the switched disks, whose I/O proves the guest can use them */
    public WatchSignals(List<String> disks, boolean agentBefore) {
        disks.forEach(d -> requests.put(d, 0L));
        this.agentBefore = agentBefore;
    }

    public synchronized void state(GuestState s, long second) {
        if (!failure.isEmpty()) {
            return;
        }
        switch (s) {
            case CRASHED -> failure = "the guest crashed after " + second + " s";
            case PAUSED -> failure = "the guest was paused after " + second + " s (QEMU pauses a guest on a disk error)";
            case SHUTOFF, SHUTDOWN -> failure = "the guest shut off after " + second + " s";
            default -> { }
        }
    }

    public synchronized void reset(long second) {
        resets++;
        if (failure.isEmpty() && resets > MAX_RESETS) {
            failure = "the guest reset " + resets + " times in " + second + " s (a boot loop)";
        }
    }

    /** Every disk's counters at {@code second}: the switched ones are counted, any one may show life. */
    public synchronized void disks(List<BlockCounters> counters, long second) {
        for (BlockCounters b : counters) {
            long n = Math.max(0, b.rdReqs()) + Math.max(0, b.wrReqs());
            if (requests.containsKey(b.device())) {
                requests.merge(b.device(), n, Math::max);
            }
            if (n > FIRMWARE_REQUESTS) {
                alive(second, n + " I/O request(s) on " + b.device());
            }
        }
    }

    /** Every NIC's counters at {@code second}: a packet the guest sent is a running kernel's. */
    public synchronized void nics(List<NetCounters> counters, long second) {
        for (NetCounters n : counters) {
            if (n.txPackets() > 0) {
                alive(second, n.txPackets() + " packet(s) sent by NIC " + n.mac());
            }
        }
    }

    /** The guest agent answered at {@code second}. */
    public synchronized void agentAnswered(long second) {
        agentAnswered = true;
        alive(second, "its guest agent answered");
    }

    private void alive(long second, String what) {
        if (lifeAt < 0) {
            lifeAt = second;
            life = what;
        }
    }

    public synchronized boolean failed() {
        return !failure.isEmpty();
    }

    /** True once every positive sign was seen (the watch still runs its full time). */
    public synchronized boolean allSeen() {
        return disksUsed() && (!agentBefore || agentAnswered);
    }

    private boolean disksUsed() {
        return requests.values().stream().allMatch(n -> n > FIRMWARE_REQUESTS);
    }

    /**
     * Whether the watch ends at {@code second}: on a failure; else after the watch time once the switched disks
     * were used (and the agent that answered before answered again, else at the cap); else the watch time after
     * the first sign of life; else, with no sign at all, at the cap.
     */
    public synchronized boolean over(long second, Duration watch) {
        long d = watch.toSeconds();
        if (failed()) {
            return true;
        }
        if (second < d) {
            return false;
        }
        boolean agentPending = agentBefore && !agentAnswered;
        if (disksUsed()) {
            // a guest that uses its disks is booting: its agent, which answered before, gets until the cap;
            // still silent then, it is said in the result but rolls nothing back (a busy TCG guest starves its
            // agent, and the switch did not touch the agent's channel)
            return !agentPending || second >= NO_LIFE_FACTOR * d;
        }
        return lifeAt >= 0 ? second >= lifeAt + d : second >= NO_LIFE_FACTOR * d;
    }

    public synchronized WatchResult result(long seconds) {
        List<String> seen = new ArrayList<>();
        seen.add(lifeAt >= 0 ? "first sign of life after " + lifeAt + " s (" + life + ")" : "no sign of life");
        requests.forEach((d, n) -> seen.add(d + ": " + n + " I/O request(s)"));
        if (agentBefore) {
            seen.add(agentAnswered ? "the guest agent answered" : "the guest agent stayed silent");
        }
        seen.add(resets + " reset(s)");
        boolean agentSilent = agentBefore && !agentAnswered;
        // switched disks in use prove the boot on them: a silent agent is then said, not a reason to roll back
        boolean bootedOnDisks = !requests.isEmpty() && disksUsed();
        Optional<String> end = Optional.of(failure).filter(f -> !f.isEmpty()).or(this::unusedDisk)
                .or(() -> agentSilent && !bootedOnDisks ? Optional.of("the guest agent answered before the switch"
                        + " and stayed silent for " + seconds + " s") : Optional.empty());
        if (end.isEmpty() && agentSilent) {
            seen.add("the silent agent is not counted as a failed boot, as the switched disks are in use: check it");
        }
        return new WatchResult(end.isEmpty(), seconds, end.orElse(""), seen);
    }

    private Optional<String> unusedDisk() {
        return requests.entrySet().stream().filter(e -> e.getValue() <= FIRMWARE_REQUESTS).findFirst().map(e ->
                lifeAt >= 0
                ? "no I/O on " + e.getKey() + " beyond the firmware's (" + e.getValue() + " request(s)) although the"
                        + " guest showed life after " + lifeAt + " s (" + life + "): the guest cannot use its switched"
                        + " disk (no driver for it?)"
                : "no I/O on " + e.getKey() + " and no other sign of life (no disk I/O beyond the firmware's, no packet"
                        + " sent, no guest agent answer): the guest did not start its kernel, or cannot use its"
                        + " switched disk");
    }
}

package org.pvdm.watch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pvdm.host.BlockCounters;
import org.pvdm.host.GuestState;

/**
 * The watchdog's judgement, fed one observation at a time (pure, so each rule is tested without a guest).
 * Fails at once on a crashed, paused or shut-off guest or a second reset; at the end on a watched disk that did
 * no I/O at all, or a guest agent that answered before the switch and stayed silent.
 */
public final class WatchSignals {
    /** A reset or two happen on purpose (firmware, kexec); more is a boot loop. */
    static final int MAX_RESETS = 1;
    /**
     * Requests the firmware alone makes on a disk while it looks for a boot sector (SeaBIOS: one read of 512
     * bytes on a virtio disk the kernel never drives). An OS using its disk makes far more.
     */
    static final long FIRMWARE_REQUESTS = 16;

    private final Map<String, Long> requests = new LinkedHashMap<>();
    private final boolean agentBefore;
    private int resets;
    private boolean agentAnswered;
    private String failure = "";

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

    public synchronized void disks(List<BlockCounters> counters) {
        for (BlockCounters b : counters) {
            if (requests.containsKey(b.device())) {
                long n = Math.max(0, b.rdReqs()) + Math.max(0, b.wrReqs());
                requests.merge(b.device(), n, Math::max);
            }
        }
    }

    public synchronized void agentAnswered() {
        agentAnswered = true;
    }

    public synchronized boolean failed() {
        return !failure.isEmpty();
    }

    /** True once every positive sign was seen (the watch still runs its full time). */
    public synchronized boolean allSeen() {
        return requests.values().stream().allMatch(n -> n > FIRMWARE_REQUESTS) && (!agentBefore || agentAnswered);
    }

    public synchronized WatchResult result(long seconds) {
        List<String> seen = new ArrayList<>();
        requests.forEach((d, n) -> seen.add(d + ": " + n + " I/O request(s)"));
        if (agentBefore) {
            seen.add(agentAnswered ? "the guest agent answered" : "the guest agent stayed silent");
        }
        seen.add(resets + " reset(s)");
        Optional<String> end = Optional.of(failure).filter(f -> !f.isEmpty()).or(() -> requests.entrySet().stream()
                .filter(e -> e.getValue() <= FIRMWARE_REQUESTS).findFirst().map(e -> "no I/O on " + e.getKey() + " in "
                        + seconds + " s beyond the firmware's (" + e.getValue() + " request(s)): the guest cannot use its"
                        + " switched disk (no driver for it?)"))
                .or(() -> agentBefore && !agentAnswered ? Optional.of("the guest agent answered before the switch"
                        + " and stayed silent for " + seconds + " s") : Optional.empty());
        return new WatchResult(end.isEmpty(), seconds, end.orElse(""), seen);
    }
}

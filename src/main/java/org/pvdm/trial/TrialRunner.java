package org.pvdm.trial;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.pvdm.host.GuestSummary;
import org.pvdm.host.Host;
import org.pvdm.host.HostException;
import org.pvdm.model.classify.DeviceKind;
import org.pvdm.model.convert.Change;
import org.pvdm.model.convert.Selection;
import org.pvdm.model.domain.Domain;
import org.pvdm.model.xml.XmlException;
import org.pvdm.readiness.PvKind;
import org.pvdm.readiness.PvdmMetadata;
import org.pvdm.switching.BackupStore;
import org.pvdm.switching.Confirmations;
import org.pvdm.switching.Hashes;
import org.pvdm.switching.Plan;
import org.pvdm.switching.Planner;
import org.pvdm.switching.PowerOptions;
import org.pvdm.switching.WriteAccess;
import org.pvdm.watch.BootWatch;
import org.pvdm.watch.WatchResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code pvdm try}: the planned switch on a transient clone over copy-on-write overlays, booted and watched, then
 * destroyed with its overlays. The guest's images are only ever read (as backing files); its definition changes
 * only in pvdm's metadata, where the result is kept as readiness evidence (after a backup).
 */
public final class TrialRunner {
    private static final Logger LOG = LoggerFactory.getLogger(TrialRunner.class);
    private static final int CONSOLE_LINES = 5;
    private static final java.util.regex.Pattern PROBLEM = java.util.regex.Pattern.compile(
            "(?i)\\b(fail(ed|ure)?|error|panic|not found|no [a-z ]+ found|cannot|unable)\\b");

    private final Host host;
    private final BackupStore backups;

    public TrialRunner(Host host, BackupStore backups) {
        this.host = host;
        this.backups = backups;
    }

    public TrialResult run(String guest, Selection selection, Duration watch, Consumer<String> progress)
            throws HostException, TrialException {
        GuestSummary g = host.guest(guest);
        if (g.state().active()) {
            throw new HostException(HostException.Kind.CONFLICT, g.name() + " is " + g.state().label() + ": its disks"
                    + " are in use, so pvdm try cannot put a clone over them; shut it down first");
        }
        String xml = host.inactiveXml(g.uuid());
        Plan plan = new Planner(host).plan(g, xml, selection, PowerOptions.none(), WriteAccess.allowed(), false);
        if (plan.empty()) {
            throw new TrialException("nothing to try on " + g.name() + ": no selected device would switch");
        }
        Path dir = TrialDirs.forUri(host.uri());
        String cloneName = "pvdm-try-" + g.name();
        TrialClone.Result clone;
        try {
            clone = TrialClone.of(Domain.parse(plan.newXml()), cloneName, dir);
        } catch (XmlException e) {
            throw new TrialException("the switched definition of " + g.name() + " is not readable: " + e.getMessage(), e);
        }
        List<String> disks = plan.changes().stream().filter(c -> c.kind() == DeviceKind.DISK).map(Change::newName)
                .toList();
        WatchResult result;
        List<Path> leftovers = new ArrayList<>();
        try {
            for (TrialClone.Overlay o : clone.overlays()) {
                Overlays.create(o, dir);
                say(progress, "overlay " + o.overlay() + " over " + o.base() + " (" + o.baseFormat() + ", read-only)");
            }
            String uuid = host.createTransient(clone.xml());
            say(progress, "started the transient clone " + cloneName + " (" + plan.changes().size()
                    + " change(s) applied, NICs on no network, new MACs); watching it for " + watch.toSeconds() + " s");
            try {
                result = new BootWatch(host).watch(uuid, disks, false, watch, m -> say(progress, m));
            } finally {
                destroy(uuid, cloneName, progress);
            }
        } finally {
            for (TrialClone.Overlay o : clone.overlays()) {
                if (!Overlays.remove(o)) {
                    leftovers.add(o.overlay());
                }
            }
        }
        List<String> console = clone.consoleLog().map(TrialRunner::tail).orElse(List.of());
        String recorded = record(g, xml, plan, result);
        return new TrialResult(g.name(), cloneName, result, console, clone.consoleLog(), leftovers, recorded);
    }

    private void destroy(String uuid, String name, Consumer<String> progress) {
        try {
            host.destroy(uuid);
            say(progress, "destroyed the clone " + name);
        } catch (HostException e) {
            // A transient guest that stopped by itself is already gone.
            LOG.debug("destroying {}: {}", name, e.getMessage());
            say(progress, "the clone " + name + " is gone");
        }
    }

    /** Keeps the outcome in the guest's metadata, only if its definition is still the one the trial was made from. */
    private String record(GuestSummary g, String xmlBefore, Plan plan, WatchResult result) {
        Set<PvKind> kinds = provenBy(Confirmations.kinds(plan), result);
        if (kinds.isEmpty()) {
            return "";
        }
        try {
            String now = host.inactiveXml(g.uuid());
            if (!Hashes.of(now).equals(Hashes.of(xmlBefore))) {
                return "not kept in " + g.name() + "'s metadata: its definition changed during the trial";
            }
            Domain d = Domain.parse(now);
            PvdmMetadata meta = new PvdmMetadata(d);
            Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            String detail = result.passed() ? "booted and did I/O on " + String.join(", ", result.seen())
                    : result.failure();
            kinds.forEach(k -> meta.recordTrial(new PvdmMetadata.Trial(k, result.passed(), at, detail)));
            backups.save(host.uri(), g.uuid(), now, "before recording a trial result");
            host.define(d.toXml());
            return "the result is kept in " + g.name() + "'s metadata (pvdm's element only; backup taken)";
        } catch (HostException | XmlException | IOException e) {
            LOG.warn("cannot record the trial of {}: {}", g.name(), e.getMessage());
            return "not kept in " + g.name() + "'s metadata: " + e.getMessage();
        }
    }

    /**
     * The kinds a trial's outcome speaks for: I/O on a switched disk (or its absence) proves only the storage
     * drivers (the clone's NICs are on no network, so they prove nothing); a crash, pause or boot loop fails all.
     */
    static Set<PvKind> provenBy(Set<PvKind> kinds, WatchResult result) {
        boolean storageOnly = result.passed() || result.failure().startsWith("no I/O on");
        java.util.EnumSet<PvKind> out = java.util.EnumSet.noneOf(PvKind.class);
        kinds.stream().filter(k -> !storageOnly || k != PvKind.NIC).forEach(out::add);
        return out;
    }

    /** The last lines of a console log, read from its end (capped), without following a symlink. */
    static List<String> tail(Path log) {
        try {
            if (!Files.isRegularFile(log, LinkOption.NOFOLLOW_LINKS)) {
                return List.of();
            }
            try (RandomAccessFile f = new RandomAccessFile(log.toFile(), "r")) {
                long len = f.length();
                long from = Math.max(0, len - 16384);
                byte[] b = new byte[(int) (len - from)];
                f.seek(from);
                f.readFully(b);
                List<String> lines = new String(b, StandardCharsets.UTF_8).lines().map(String::strip)
                        .filter(l -> !l.isEmpty()).toList();
                // The lines that say what went wrong first (a few), then the last ones.
                List<String> out = new ArrayList<>(lines.stream().filter(l -> PROBLEM.matcher(l).find()).limit(3)
                        .toList());
                lines.subList(Math.max(0, lines.size() - CONSOLE_LINES), lines.size()).stream()
                        .filter(l -> !out.contains(l)).forEach(out::add);
                return out;
            }
        } catch (IOException e) {
            return List.of("(console log unreadable: " + e.getMessage() + ")");
        }
    }

    private static void say(Consumer<String> progress, String m) {
        LOG.info(m);
        progress.accept(m);
    }
}

package org.pvdm.readiness;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pvdm.model.domain.Domain;

/**
 * Combines the sources in the documented order: the guest agent (it sees the running guest, so a verdict of its
 * own decides), then libosinfo's database, the admin's confirmation, a trial on a clone and a PV device already
 * attached. Any of these saying ready makes the kind ready, a failed trial or an OS without an in-box driver
 * makes it not ready, else it is unknown. Every source's finding is kept as evidence, including "could not tell".
 */
public final class ReadinessEngine {
    private final OsinfoDb db;

    public ReadinessEngine(OsinfoDb db) {
        this.db = db;
    }

    /** @param agent what the guest agent showed, empty when the guest is not running (nothing asked) */
    public DriverReadiness judge(Domain d, Optional<AgentFacts> agent) {
        PvdmMetadata meta = new PvdmMetadata(d);
        String tempDisk = meta.stage().map(PvdmMetadata.Stage::tempDisk).orElse("");
        OsinfoSource osinfo = new OsinfoSource(db);
        List<KindReadiness> out = new ArrayList<>();
        for (PvKind kind : PvKind.values()) {
            List<Evidence> ev = new ArrayList<>();
            agent.flatMap(a -> a.find(kind)).ifPresent(ev::add);
            ev.add(osinfo.find(d.os().libosinfoId(), kind));
            meta.confirmed(kind).ifPresent(at -> ev.add(new Evidence(Evidence.ADMIN, ReadyVerdict.READY,
                    "the admin confirmed the driver is installed (" + at + ")")));
            meta.trials().stream().filter(t -> t.kind() == kind).forEach(t -> ev.add(new Evidence(Evidence.TRIAL,
                    t.passed() ? ReadyVerdict.READY : ReadyVerdict.NOT_READY, "a trial on a clone " + (t.passed()
                    ? "passed" : "failed") + " (" + t.at() + ")" + (t.detail().isEmpty() ? "" : ": " + t.detail()))));
            AttachedSource.find(d, kind, tempDisk).ifPresent(ev::add);
            out.add(new KindReadiness(kind, verdict(ev), ev));
        }
        return new DriverReadiness(out);
    }

    static ReadyVerdict verdict(List<Evidence> ev) {
        Optional<Evidence> agent = ev.stream().filter(e -> e.source().equals(Evidence.AGENT)
                && e.finding() != ReadyVerdict.UNKNOWN).findFirst();
        if (agent.isPresent()) {
            return agent.get().finding();
        }
        if (ev.stream().anyMatch(e -> e.source().equals(Evidence.TRIAL) && e.finding() == ReadyVerdict.NOT_READY)) {
            return ReadyVerdict.NOT_READY;
        }
        if (ev.stream().anyMatch(e -> e.finding() == ReadyVerdict.READY)) {
            return ReadyVerdict.READY;
        }
        if (ev.stream().anyMatch(e -> e.finding() == ReadyVerdict.NOT_READY)) {
            return ReadyVerdict.NOT_READY;
        }
        return ReadyVerdict.UNKNOWN;
    }
}

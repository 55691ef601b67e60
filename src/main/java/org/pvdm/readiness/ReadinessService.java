package org.pvdm.readiness;

import java.util.Optional;
import org.pvdm.host.Host;
import org.pvdm.model.domain.Domain;

/** Gathers a guest's readiness on a host: asks its agent when it runs, then judges. Never on the FX thread. */
public final class ReadinessService {
    /** Seconds each agent command may take: a silent agent must not hold up a plan for long. */
    public static final int AGENT_TIMEOUT_S = 5;

    private final Host host;
    private final ReadinessEngine engine;

    public ReadinessService(Host host, OsinfoDb db) {
        this.host = host;
        this.engine = new ReadinessEngine(db);
    }

    public ReadinessService(Host host) {
        this(host, OsinfoDb.system());
    }

    public DriverReadiness assess(String uuid, Domain definition, boolean running) {
        return engine.judge(definition, running ? Optional.of(agentFacts(host, uuid)) : Optional.empty());
    }

    /** What the running guest's agent shows; a guest without an agent channel reads as silent, with the reason. */
    public static AgentFacts agentFacts(Host host, String uuid) {
        if (host.syntheticCounters()) {
            return AgentFacts.silent("libvirt's test driver runs no real guest, so there is no guest agent to ask");
        }
        if (host.readOnly()) {
            return AgentFacts.silent("not asked: libvirt lets only a read-write connection talk to guest agents");
        }
        return AgentProbe.probe(json -> host.agentCommand(uuid, json, AGENT_TIMEOUT_S));
    }
}

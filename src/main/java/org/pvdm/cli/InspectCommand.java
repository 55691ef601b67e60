package org.pvdm.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.pvdm.host.Host;
import org.pvdm.host.HostException;
import org.pvdm.host.HostXml;
import org.pvdm.inventory.Inventory;
import org.pvdm.model.classify.DeviceReport;
import org.pvdm.model.classify.GuestReport;
import org.pvdm.model.domain.Domain;
import org.pvdm.readiness.PvdmMetadata;
import org.pvdm.readiness.DriverReadiness;
import org.pvdm.readiness.ReadinessService;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "inspect", description = "Show a guest's disks, CD-ROMs, floppies, NICs and SCSI controllers,"
        + " emulated or paravirtual, and why.")
final class InspectCommand implements Callable<Integer> {
    @Mixin
    ConnectOption connect;

    @Parameters(index = "0", paramLabel = "GUEST", description = "guest name or UUID")
    String guest;

    @Option(names = "--json", description = "JSON: {name, uuid, state, hypervisor, os, devices: [{kind, name,"
            + " bus|model, status, convertible, reason, suggestion}], readiness: {disk|nic|scsi: {verdict:"
            + " ready|not-ready|unknown, evidence: [{source, finding, text}]}}, stage (when a staged switch is under way)}")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (Host host = openForAgent()) {
            Inventory.Inspection i = new Inventory(host).inspect(guest);
            PrintWriter out = spec.commandLine().getOut();
            String state = i.summary().state().label();
            Domain domain = HostXml.domain(host, i.summary(), i.summary().persistent()
                    ? host.inactiveXml(i.summary().uuid()) : host.liveXml(i.summary().uuid()));
            DriverReadiness readiness = new ReadinessService(host).assess(i.summary().uuid(), domain,
                    i.summary().state().active());
            Optional<PvdmMetadata.Stage> stage = new PvdmMetadata(domain).stage();
            if (json) {
                Map<String, Object> m = ReportJson.guest(i.report(), state);
                m.put("readiness", ReadinessText.json(readiness));
                stage.ifPresent(s -> m.put("stage", ReadinessText.stageJson(s)));
                out.println(JsonOut.write(m));
            } else {
                out.print(text(i.report(), state));
                out.print(ReadinessText.text(readiness, stage, i.summary().name()));
            }
            Notices.demo(host, spec);
            return ExitCodes.OK;
        }
    }

    /**
     * Read-write where allowed, because libvirt lets only such a connection ask a guest agent (the questions
     * pvdm asks are read-only); read-only otherwise, and readiness then says the agent was not asked.
     */
    private Host openForAgent() throws HostException {
        return connect.forGuest(guest).openForWriting().host();
    }

    static String text(GuestReport r, String state) {
        StringBuilder sb = new StringBuilder();
        sb.append("Guest:      ").append(r.name()).append(" (").append(r.uuid()).append(")\n");
        if (state != null) {
            sb.append("State:      ").append(state).append('\n');
        }
        sb.append("Hypervisor: ").append(r.hypervisor()).append(" (domain type ").append(r.domainType()).append(")\n");
        sb.append("OS:         ").append(r.os().isEmpty() ? "unknown (no libosinfo metadata)" : r.os()).append('\n');
        sb.append("Emulated:   ").append(r.emulatedCount()).append(" device(s), ").append(r.convertibleCount())
                .append(" with a paravirtual replacement\n\n");
        if (!r.note().isEmpty()) {
            sb.append(r.note()).append('\n');
            return sb.toString();
        }
        TextTable t = new TextTable("KIND", "NAME", "BUS/MODEL", "STATUS", "PV REPLACEMENT", "WHY");
        for (DeviceReport d : r.devices()) {
            String status = d.emulated() ? "! emulated" : "  " + d.status().label();
            t.row(d.kind().label(), d.name(), d.busOrModel().isEmpty() ? "(default)" : d.busOrModel(), status,
                    d.convertible() ? d.suggestion() : (d.suggestion().isEmpty() ? "-" : d.suggestion()), d.reason());
        }
        return sb.append(t).toString();
    }
}

package org.pvdm.cli;

import java.util.concurrent.Callable;
import org.pvdm.host.Host;
import org.pvdm.switching.Plan;
import org.pvdm.switching.Planner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "plan", description = "Show what switching a guest to paravirtual devices would change: the changes,"
        + " the preflight checks and the exact XML diff. Changes nothing; needs only read access.")
final class PlanCommand implements Callable<Integer> {
    @Mixin
    ConnectOption connect;

    @Parameters(index = "0", paramLabel = "GUEST", description = "guest name or UUID")
    String guest;

    @Mixin
    SelectionOptions selection;

    @Mixin
    PowerOptionsMixin power;

    @Mixin
    DriversOption drivers;

    @Mixin
    DriverIsoOption driverIso;

    @Option(names = "--json", description = "JSON: {uri, guest, uuid, base, changes: [{device, from, to, reason}],"
            + " checks: [{id, verdict, message, devices}], diff}; save it for pvdm apply")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (Host host = connect.forGuest(guest).open(false)) {
            Plan plan = new Planner(host).withDriverIso(driverIso.checked()).plan(guest, selection.selection(), power.options(), connect.probe(host),
                    drivers.installed);
            if (json) {
                spec.commandLine().getOut().println(JsonOut.write(PlanText.json(plan)));
            } else {
                spec.commandLine().getOut().print(PlanText.text(plan, host.displayName()));
            }
            Notices.demo(host, spec);
            return ExitCodes.OK;
        }
    }
}

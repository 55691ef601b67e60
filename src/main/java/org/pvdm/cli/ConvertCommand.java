package org.pvdm.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.pvdm.batch.BatchPlan;
import org.pvdm.batch.BatchPlanner;
import org.pvdm.host.Host;
import org.pvdm.host.HostException;
import org.pvdm.switching.HostAccess;
import org.pvdm.switching.Plan;
import org.pvdm.switching.Planner;
import org.pvdm.switching.WriteAccess;
import org.pvdm.watch.WatchedApply;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "convert", description = "Switch a guest's emulated devices to paravirtual ones: shows the plan, asks,"
        + " backs up the definition, applies it, verifies what libvirt stored; rolls back by itself on failure."
        + " Several guests (or --all): one plan, one confirmation, each guest its own backup and verify; a failure"
        + " stops nothing else; exit 0 only when every guest went through.")
final class ConvertCommand implements Callable<Integer> {
    @Mixin
    ConnectOption connect;

    @Parameters(arity = "0..*", paramLabel = "GUEST", description = "guest names or UUIDs")
    List<String> guests = new ArrayList<>();

    @Option(names = "--all", description = "every guest with something to switch (narrow with --only disks|nics)")
    boolean all;

    @Mixin
    SelectionOptions selection;

    @Mixin
    PowerOptionsMixin power;

    @Mixin
    DriversOption drivers;

    @Mixin
    DriverIsoOption driverIso;

    @Mixin
    WatchOptionsMixin watch;

    @Mixin
    YesOption confirm;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (all == !guests.isEmpty()) {
            throw new CliException(ExitCodes.USAGE, all ? "give guest names or --all, not both"
                    : "name the guest(s) to convert, or use --all");
        }
        if (all || guests.size() > 1) {
            return batch();
        }
        String guest = guests.get(0);
        PrintWriter out = spec.commandLine().getOut();
        HostAccess.Opened opened = connect.forGuest(guest).openForWriting();
        try (Host host = opened.host()) {
            WriteAccess access = opened.access();
            Plan plan = new Planner(host).withDriverIso(driverIso.checked()).plan(guest, selection.selection(), power.options(), access, drivers.installed);
            Notices.demo(host, spec);
            return PlanRunner.showAndApply(host, () -> connect.open(true), plan, power.options(), new PlanRunner.Run(
                    confirm.yes, drivers.installed, watch.duration(), watch.autoRollback), out);
        }
    }

    private int batch() throws HostException {
        HostAccess.Opened opened = connect.forGuest(all ? null : guests.get(0)).openForWriting();
        try (Host host = opened.host()) {
            WriteAccess access = opened.access();
            BatchPlanner.Options options = new BatchPlanner.Options(selection.selection(), power.options(), access,
                    drivers.installed);
            BatchPlanner planner = new BatchPlanner(host);
            BatchPlan plan = all ? planner.planAll(options) : planner.plan(guests, options);
            Notices.demo(host, spec);
            WatchedApply.Options run = new WatchedApply.Options(power.options(), drivers.installed, watch.duration(),
                    watch.autoRollback);
            return BatchRunner.showAndApply(host, () -> connect.open(true), plan, run, confirm.yes,
                    spec.commandLine().getOut());
        }
    }
}

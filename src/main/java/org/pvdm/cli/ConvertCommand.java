package org.pvdm.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.pvdm.host.Host;
import org.pvdm.host.HostException;
import org.pvdm.switching.Plan;
import org.pvdm.switching.Planner;
import org.pvdm.switching.WriteAccess;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "convert", description = "Switch a guest's emulated devices to paravirtual ones: shows the plan, asks,"
        + " backs up the definition, applies it, verifies what libvirt stored; rolls back by itself on failure.")
final class ConvertCommand implements Callable<Integer> {
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
    WatchOptionsMixin watch;

    @Option(names = {"-y", "--yes"}, description = "do not ask for confirmation")
    boolean yes;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (Host host = openForWriting()) {
            WriteAccess access = host.readOnly() ? WriteProbe.of(host) : WriteAccess.allowed();
            Plan plan = new Planner(host).plan(guest, selection.selection(), power.options(), access, drivers.installed);
            Notices.demo(host, spec);
            return PlanRunner.showAndApply(host, plan, power.options(), new PlanRunner.Run(yes, drivers.installed,
                    watch.duration(), watch.autoRollback), out);
        }
    }

    /** Writable when allowed; otherwise read-only, so the plan can still say why it cannot be applied. */
    private Host openForWriting() throws HostException {
        try {
            return connect.forGuest(guest).open(true);
        } catch (HostException e) {
            if (e.kind() == HostException.Kind.PERMISSION_DENIED || e.kind() == HostException.Kind.READ_ONLY) {
                return connect.open(false);
            }
            throw e;
        }
    }
}

package org.pvdm.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.pvdm.host.DemoHost;
import org.pvdm.host.GuestSummary;
import org.pvdm.host.Host;
import org.pvdm.host.HostException;
import org.pvdm.host.UriPolicy;
import org.pvdm.model.convert.Selection;
import org.pvdm.switching.Hashes;
import org.pvdm.switching.Plan;
import org.pvdm.switching.Planner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "apply", description = "Apply a plan saved by 'pvdm plan --json', only if the guest's definition is"
        + " still exactly the one the plan was made from.")
final class ApplyCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "PLAN.json", description = "a plan saved by pvdm plan --json")
    Path planFile;

    @Option(names = {"-c", "--connect"}, paramLabel = "URI", description = "libvirt URI of the host the plan was made on"
            + " (default: $LIBVIRT_DEFAULT_URI, else the plan's own when it names no transport options)")
    String uri;

    @Mixin
    PowerOptionsMixin power;

    @Mixin
    DriversOption drivers;

    @Mixin
    WatchOptionsMixin watch;

    @Mixin
    YesOption confirm;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PlanFile.Saved saved = PlanFile.read(planFile);
        PrintWriter out = spec.commandLine().getOut();
        ConnectOption connect = new ConnectOption();
        connect.uri = uri;
        String chosen = connect.explicit();
        if (chosen == null) {
            // the file's URI is used only when it can run nothing and open nothing (no transport options)
            UriPolicy.fileProblem(saved.uri()).ifPresent(why -> {
                throw new CliException(ExitCodes.BAD_INPUT, planFile + ": its uri cannot be used: " + why
                        + "; nothing was run (name the host yourself with --connect URI)");
            });
            connect.uri = saved.uri();
        }
        try (Host host = connect.open(true)) {
            if (chosen != null && !sameHost(host, saved.uri())) {
                throw new CliException(ExitCodes.BAD_INPUT, planFile + ": the plan was made on "
                        + PlanFile.printable(UriPolicy.redact(saved.uri())) + ", not on " + host.uri()
                        + ": nothing was done (make a new plan on this host)");
            }
            GuestSummary g = host.guest(saved.uuid());
            if (!g.name().equals(saved.guest())) {
                throw new CliException(ExitCodes.BAD_INPUT, planFile + ": the plan names guest '"
                        + PlanFile.printable(saved.guest()) + "' but its uuid is the guest '" + g.name()
                        + "': nothing was done (make a new plan)");
            }
            String xml = host.inactiveXml(g.uuid());
            if (!Hashes.of(xml).equals(saved.base())) {
                throw new HostException(HostException.Kind.CONFLICT, g.name() + " was changed since the plan was made"
                        + " (its definition no longer matches the plan's base): nothing was written; make a new plan");
            }
            Plan plan = new Planner(host).plan(g, xml, Selection.fromArgs(saved.selection()), power.options(),
                    connect.probe(host), drivers.installed);
            List<PlanFile.SavedChange> made = plan.changes().stream()
                    .map(c -> new PlanFile.SavedChange(c.device(), c.from(), c.to())).toList();
            if (!made.equals(saved.changes())) {
                throw new CliException(ExitCodes.BAD_INPUT, planFile + ": its changes are not the ones its selection"
                        + " makes from its base definition: nothing was written; make a new plan");
            }
            if (!plan.diff().equals(saved.diff())) {
                throw new CliException(ExitCodes.BAD_INPUT, planFile + ": its diff is not the one its changes make"
                        + " from its base definition: nothing was written; make a new plan");
            }
            PlanRunner.Run run = new PlanRunner.Run(confirm.yes, drivers.installed, watch.duration(), watch.autoRollback);
            return PlanRunner.showAndApply(host, () -> connect.open(true), plan, power.options(), run, out);
        }
    }

    /** The host pvdm reached is the one the plan names (libvirt's own name for it, or the same URI). */
    private static boolean sameHost(Host host, String planUri) {
        return host.uri().equals(planUri) || UriPolicy.redact(host.uri()).equals(planUri)
                || (DemoHost.isDemo(host.uri()) && DemoHost.isDemo(planUri));
    }
}

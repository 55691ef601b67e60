package org.pvdm.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.pvdm.host.GuestSummary;
import org.pvdm.host.Host;
import org.pvdm.host.HostException;
import org.pvdm.model.convert.Selection;
import org.pvdm.switching.Hashes;
import org.pvdm.switching.Plan;
import org.pvdm.switching.Planner;
import org.pvdm.switching.WriteAccess;
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

    @Option(names = {"-c", "--connect"}, paramLabel = "URI", description = "libvirt URI (default: the plan's own)")
    String uri;

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

    record Saved(String uri, String uuid, String guest, String base, String diff, List<String> selection) {}

    @Override
    public Integer call() throws Exception {
        Saved saved = read(planFile);
        PrintWriter out = spec.commandLine().getOut();
        ConnectOption connect = new ConnectOption();
        connect.uri = uri != null ? uri : saved.uri();
        try (Host host = connect.open(true)) {
            GuestSummary g = host.guest(saved.uuid());
            String xml = host.inactiveXml(g.uuid());
            if (!Hashes.of(xml).equals(saved.base())) {
                throw new HostException(HostException.Kind.CONFLICT, g.name() + " was changed since the plan was made"
                        + " (its definition no longer matches the plan's base): nothing was written; make a new plan");
            }
            Plan plan = new Planner(host).plan(g, xml, Selection.fromArgs(saved.selection()), power.options(),
                    WriteAccess.allowed(), drivers.installed);
            if (!plan.diff().equals(saved.diff())) {
                throw new CliException(ExitCodes.CONFLICT, "this pvdm makes a different change from the same definition"
                        + " than the saved plan shows: nothing was written; make a new plan");
            }
            return PlanRunner.showAndApply(host, plan, power.options(), new PlanRunner.Run(yes, drivers.installed,
                    watch.duration(), watch.autoRollback), out);
        }
    }

    static Saved read(Path file) {
        JsonNode n;
        try {
            n = Json.MAPPER.readTree(Files.readString(file));
        } catch (NoSuchFileException e) {
            throw new CliException(ExitCodes.NOT_FOUND, file + ": no such file");
        } catch (IOException e) {
            throw new CliException(ExitCodes.BAD_INPUT, file + ": not a plan saved by pvdm plan --json ("
                    + e.getMessage().lines().findFirst().orElse("") + ")");
        }
        for (String key : new String[] {"uri", "uuid", "guest", "base", "diff", "selection"}) {
            if (n == null || !n.has(key)) {
                throw new CliException(ExitCodes.BAD_INPUT, file + ": not a plan saved by pvdm plan --json (no '"
                        + key + "')");
            }
        }
        List<String> selection = new ArrayList<>();
        n.get("selection").forEach(x -> selection.add(x.asText()));
        return new Saved(n.get("uri").asText(), n.get("uuid").asText(), n.get("guest").asText(),
                n.get("base").asText(), n.get("diff").asText(), selection);
    }
}

package org.pvdm.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.pvdm.host.Host;
import org.pvdm.switching.BackupStore;
import org.pvdm.trial.TrialException;
import org.pvdm.trial.TrialResult;
import org.pvdm.trial.TrialRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "try", description = "Try a switch on a throwaway clone of a shut-off guest: copy-on-write overlays"
        + " over its images, new name, UUID and MACs, NICs on no network; boot it, watch it, report, destroy it."
        + " The guest's images stay as they were; the result is kept in its metadata. Exit 0: the clone passed;"
        + " 3: it did not.")
final class TryCommand implements Callable<Integer> {
    @Mixin
    ConnectOption connect;

    @Parameters(index = "0", paramLabel = "GUEST", description = "a shut-off guest, by name or UUID")
    String guest;

    @Mixin
    SelectionOptions selection;

    @Option(names = "--watch", paramLabel = "S", defaultValue = "120",
            description = "watch the clone this many seconds (default: ${DEFAULT-VALUE})")
    long watch;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (watch < 10 || watch > 3600) {
            throw new CliException(ExitCodes.USAGE, "--watch takes 10 to 3600 seconds, not " + watch);
        }
        PrintWriter out = spec.commandLine().getOut();
        try (Host host = connect.forGuest(guest).open(true)) {
            TrialResult r;
            try {
                r = new TrialRunner(host, BackupStore.standard()).run(guest, selection.selection(),
                        Duration.ofSeconds(watch), m -> {
                            out.println("  " + m);
                            out.flush();
                        });
            } catch (TrialException e) {
                throw new CliException(ExitCodes.REFUSED, "pvdm try " + guest + ": " + e.getMessage()
                        + "; nothing was changed");
            }
            out.println((r.passed() ? "PASSED: " : "FAILED: ") + "the switched clone of " + r.guest() + ": "
                    + r.watch().summary());
            if (!r.console().isEmpty()) {
                out.println("Last lines of the clone's console" + r.consoleLog().map(p -> " (" + p + ")").orElse("")
                        + ":");
                r.console().forEach(l -> out.println("  | " + l));
            }
            if (!r.leftovers().isEmpty()) {
                out.println("Could not remove: " + r.leftovers() + " (remove by hand)");
            }
            if (!r.recorded().isEmpty()) {
                out.println(r.recorded().substring(0, 1).toUpperCase() + r.recorded().substring(1));
            }
            out.println("The clone and its overlays are gone; " + r.guest() + "'s images were only read.");
            return r.passed() ? ExitCodes.OK : ExitCodes.REFUSED;
        }
    }
}

package org.pvdm.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.pvdm.host.Host;
import org.pvdm.host.HostUris;
import org.pvdm.switching.BackupStore;
import org.pvdm.switching.Journal;
import org.pvdm.switching.Recovery;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "recover", description = {"Switches cut off by a lost connection or a killed pvdm: what the host holds"
        + " now for each (the old definition, the new one, or someone else's).",
        "With --finish: define and verify the planned definition; with --rollback: define the backup taken before"
        + " the switch again. Neither writes over someone else's definition."})
final class RecoverCommand implements Callable<Integer> {
    @Mixin
    ConnectOption connect;

    @Parameters(index = "0", arity = "0..1", paramLabel = "GUEST", description = "guest name or UUID (default: all)")
    String guest;

    static final class Action {
        @Option(names = "--finish", required = true, description = "finish the switch") boolean finish;
        @Option(names = "--rollback", required = true, description = "roll the switch back") boolean rollback;
    }

    @ArgGroup(exclusive = true)
    Action action;

    @Mixin
    YesOption confirm;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (Host host = (guest == null ? connect : connect.forGuest(guest)).open(action != null)) {
            Recovery recovery = new Recovery(host, BackupStore.standard(), Journal.standard());
            List<Recovery.Status> all = recovery.pending().stream().filter(s -> guest == null
                    || s.entry().guest().equals(guest) || s.entry().uuid().equalsIgnoreCase(guest)).toList();
            if (all.isEmpty()) {
                out.println("No interrupted switch" + (guest == null ? "" : " of " + guest) + " on "
                        + HostUris.displayName(host.uri()) + ".");
                return ExitCodes.OK;
            }
            for (Recovery.Status s : all) {
                Journal.Entry e = s.entry();
                out.println(e.guest() + ": a switch of " + e.changes().size() + " device(s) started " + e.started()
                        + " was cut off; the host holds " + s.outcome().text() + "; backup " + e.backupId());
            }
            if (action == null) {
                out.println("Finish with: pvdm recover GUEST --finish; roll back with: pvdm recover GUEST --rollback");
                return ExitCodes.OK;
            }
            if (guest == null && all.size() > 1) {
                throw new CliException(ExitCodes.USAGE, "name the guest to " + (action.finish ? "finish" : "roll back")
                        + " (pvdm recover GUEST " + (action.finish ? "--finish" : "--rollback") + ")");
            }
            Journal.Entry e = all.get(0).entry();
            Confirm.ask(out, (action.finish ? "Finish" : "Roll back") + " the switch of " + e.guest() + "?",
                    confirm.yes);
            String said = action.finish ? recovery.finish(e, m -> out.println("  " + m))
                    : recovery.rollback(e, m -> out.println("  " + m));
            out.println(said);
            return ExitCodes.OK;
        }
    }

    /** One line per switch left in the journal, for the start of any other command. */
    static void notice(PrintWriter err) {
        for (Journal.Entry e : Journal.standard().pending()) {
            err.println("pvdm: " + Recovery.notice(e));
        }
    }
}

package org.pvdm.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.pvdm.host.Host;
import org.pvdm.switching.BackupStore;
import org.pvdm.switching.Rollback;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "rollback", description = "Define a guest again exactly as a backup holds it (default: the latest);"
        + " the definition it replaces is backed up first.")
final class RollbackCommand implements Callable<Integer> {
    @Mixin
    ConnectOption connect;

    @Parameters(index = "0", paramLabel = "GUEST", description = "guest name or UUID")
    String guest;

    @Option(names = "--to", paramLabel = "ID", description = "the backup to restore (see pvdm backups); default: latest")
    String to;

    @Mixin
    PowerOptionsMixin power;

    @Mixin
    YesOption confirm;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (Host host = connect.forGuest(guest).open(true)) {
            String which = to == null ? "the latest backup" : "backup " + to;
            Confirm.ask(out, "Define " + guest + " again as in " + which + "?", confirm.yes);
            Rollback.Result r = new Rollback(host, BackupStore.standard()).restore(guest, to, power.options(),
                    m -> out.println("  " + m));
            if (!r.equivalent()) {
                out.print(r.diff());
            }
            if (r.pendingColdBoot()) {
                out.println("The guest still runs on its old devices: the restored definition takes effect at its next"
                        + " cold boot (or run again with --shutdown --start).");
            }
            out.println("Restored " + guest + " from backup " + r.restored().id()
                    + (r.safety() == null ? "" : "; the replaced definition is backup " + r.safety().id()));
            return ExitCodes.OK;
        }
    }
}

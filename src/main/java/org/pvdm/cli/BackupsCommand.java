package org.pvdm.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.pvdm.host.GuestSummary;
import org.pvdm.host.Host;
import org.pvdm.switching.Backup;
import org.pvdm.switching.BackupStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "backups", description = "List the backups pvdm took of a guest's definition, newest first.")
final class BackupsCommand implements Callable<Integer> {
    @Mixin
    ConnectOption connect;

    @Parameters(index = "0", paramLabel = "GUEST", description = "guest name or UUID")
    String guest;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (Host host = connect.forGuest(guest).open(false)) {
            GuestSummary g = host.guest(guest);
            List<Backup> all = BackupStore.standard().list(host.uri(), g.uuid());
            if (all.isEmpty()) {
                spec.commandLine().getOut().println("No backups of " + g.name() + " on " + host.displayName() + ".");
                return ExitCodes.OK;
            }
            TextTable t = new TextTable("ID", "NOTE", "FILE");
            for (Backup b : all) {
                t.row(b.id(), b.note(), b.file());
            }
            spec.commandLine().getOut().print(t);
            return ExitCodes.OK;
        }
    }
}

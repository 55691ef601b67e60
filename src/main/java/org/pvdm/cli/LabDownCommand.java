package org.pvdm.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.pvdm.lab.LabException;
import org.pvdm.lab.LabStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "down", description = "Remove what the lab made: its guests (stopped at once), their data disks and"
        + " console logs, and the bridge; nothing else. pvdm's backups of the lab guests stay.")
final class LabDownCommand implements Callable<Integer> {
    @Mixin
    LabCommand.Connect connect;

    @Option(names = "--purge", description = "also delete the cached guest build (kernel and initramfs)")
    boolean purge;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try {
            LabStatus s = connect.lab().down(purge, line -> {
                out.println(line);
                out.flush();
            });
            if (s.empty()) {
                out.println("The lab is down: no lab guest, bridge or data disk is left.");
                return ExitCodes.OK;
            }
            out.println();
            LabStatusCommand.print(out, s);
            throw new CliException(ExitCodes.CONFLICT, "lab: something of the lab is still there (see above)");
        } catch (LabException e) {
            throw LabCommand.fail(e);
        }
    }
}

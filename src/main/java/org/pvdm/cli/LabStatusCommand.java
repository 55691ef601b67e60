package org.pvdm.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.pvdm.lab.LabException;
import org.pvdm.lab.LabGuestStatus;
import org.pvdm.lab.LabStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "status", description = "Show what the lab has: its guests and their states, the accelerator,"
        + " the bridge, the data disks; and what each guest reported on its console.")
final class LabStatusCommand implements Callable<Integer> {
    @Mixin
    LabCommand.Connect connect;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try {
            print(spec.commandLine().getOut(), connect.lab().status());
            return ExitCodes.OK;
        } catch (LabException e) {
            throw LabCommand.fail(e);
        }
    }

    static void print(PrintWriter out, LabStatus s) {
        out.println("lab on " + s.uri());
        if (s.empty()) {
            out.println("The lab is down: no lab guest, bridge or data disk (pvdm lab up creates them)"
                    + (s.build() == null ? "." : "; the guest build is cached in " + s.build() + "."));
            return;
        }
        out.println("accelerator: " + (s.accelerator() == null ? "unknown" : s.accelerator().label()));
        out.println("bridge:      " + s.bridge().describe());
        out.println("guest build: " + (s.build() == null ? "none" : s.build()));
        if (!s.guests().isEmpty()) {
            out.println();
            TextTable t = new TextTable("NAME", "STATE", "TYPE", "DISK", "NIC", "GUEST SAYS (console)");
            for (LabGuestStatus g : s.guests()) {
                t.row(g.name(), g.state().label(), g.domainType(), g.disk(), g.nic(), console(g));
            }
            out.print(t);
        }
        if (!s.files().isEmpty()) {
            out.println();
            out.println("files:");
            for (Path f : s.files()) {
                out.println("  " + f);
            }
        }
    }

    private static String console(LabGuestStatus g) {
        var c = g.console();
        String what = !c.booted() ? (g.running() ? "booting" : "-")
                : (c.workload() ? "workload on " : "starting: ") + c.devices();
        return c.problem().isEmpty() ? what : what + "; " + c.problem();
    }
}

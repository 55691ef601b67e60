package org.pvdm.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "pvdm", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Paravirtual Driver Manager: find a libvirt host's guests that run on emulated disks and NICs,"
            + " switch them to paravirtual drivers safely, and show the difference live.",
            "",
            "Without a command: the inventory of the host (the GUI where a display is available)."},
        subcommands = {ListCommand.class, InspectCommand.class, PlanCommand.class, ConvertCommand.class,
            ApplyCommand.class, BackupsCommand.class, RollbackCommand.class, StatsCommand.class, RecordCommand.class,
            CompareCommand.class, TryCommand.class, LabCommand.class, XmlCommand.class, RecoverCommand.class,
            BenchCommand.class},
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {}, sortOptions = false)
public final class PvdmCommand implements Callable<Integer> {
    @Mixin
    ConnectOption connect;

    @Option(names = {"-v", "--verbose"}, description = "log each step on stderr", scope = picocli.CommandLine.ScopeType.INHERIT)
    boolean verbose;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ListCommand list = new ListCommand();
        list.uris = connect.uri == null ? new ArrayList<>() : new ArrayList<>(List.of(connect.uri));
        list.spec = spec;
        return list.call();
    }
}

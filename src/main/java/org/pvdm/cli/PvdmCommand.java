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
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {}, sortOptions = false)
public final class PvdmCommand implements Callable<Integer> {
    /**
     * The subcommands, in the order help lists them. Not in the annotation: {@link Cli} builds picocli's model
     * of only the one that runs (building all of them was a fifth of a short command's CPU).
     */
    static final java.util.Map<String, java.util.function.Supplier<Object>> SUBCOMMANDS = subcommands();

    private static java.util.Map<String, java.util.function.Supplier<Object>> subcommands() {
        java.util.Map<String, java.util.function.Supplier<Object>> m = new java.util.LinkedHashMap<>();
        m.put("list", ListCommand::new);
        m.put("inspect", InspectCommand::new);
        m.put("plan", PlanCommand::new);
        m.put("convert", ConvertCommand::new);
        m.put("apply", ApplyCommand::new);
        m.put("backups", BackupsCommand::new);
        m.put("rollback", RollbackCommand::new);
        m.put("stats", StatsCommand::new);
        m.put("record", RecordCommand::new);
        m.put("compare", CompareCommand::new);
        m.put("try", TryCommand::new);
        m.put("lab", LabCommand::new);
        m.put("xml", XmlCommand::new);
        m.put("recover", RecoverCommand::new);
        m.put("bench", BenchCommand::new);
        return java.util.Collections.unmodifiableMap(m);
    }

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

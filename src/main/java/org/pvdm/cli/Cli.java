package org.pvdm.cli;

import java.io.PrintWriter;
import org.pvdm.host.HostException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * Runs a pvdm command and turns every failure into one line on stderr and a documented exit code; never a
 * stack trace (those go to the log at debug level).
 */
public final class Cli {
    private static final Logger LOG = LoggerFactory.getLogger(Cli.class);

    private Cli() {}

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new PvdmCommand());
        cl.getCommandSpec().usageMessage().exitCodeList(exitCodes());
        applyExitCodes(cl);
        cl.setExecutionExceptionHandler(Cli::handle);
        cl.setExecutionStrategy(parsed -> {
            ConnectOption.setBeforeCommand(parsed.matchedOptionValue("--connect", null));
            if (!parsed.isUsageHelpRequested() && !parsed.isVersionHelpRequested()
                    && (!parsed.hasSubcommand() || !parsed.subcommand().commandSpec().name().equals("recover"))) {
                RecoverCommand.notice(parsed.commandSpec().commandLine().getErr());
            }
            return new CommandLine.RunLast().execute(parsed);
        });
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl;
    }

    private static void applyExitCodes(CommandLine cl) {
        cl.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(exitCodes());
        if (cl.getCommandSpec().optionsMap().get("--help") == null) {
            cl.getCommandSpec().addOption(picocli.CommandLine.Model.OptionSpec.builder("-h", "--help")
                    .usageHelp(true).description("Show this help message and exit.").build());
        }
        for (CommandLine sub : cl.getSubcommands().values()) {
            applyExitCodes(sub);
        }
    }

    private static java.util.Map<String, String> exitCodes() {
        java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
        for (String line : ExitCodes.LIST) {
            int colon = line.indexOf(':');
            m.put(String.format("%3s", line.substring(0, colon)), line.substring(colon + 1));
        }
        return m;
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = commandLine();
        cl.setOut(out);
        cl.setErr(err);
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    private static int handle(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        if (e instanceof CliException c) {
            err.println("pvdm: " + c.getMessage());
            return c.exitCode();
        }
        if (e instanceof HostException h) {
            err.println("pvdm: " + h.getMessage());
            LOG.debug("host call failed", h);
            return ExitCodes.of(h.kind());
        }
        if (e instanceof java.io.IOException || e instanceof java.io.UncheckedIOException) {
            err.println("pvdm: " + e.getMessage());
            LOG.debug("I/O failure", e);
            return ExitCodes.IO;
        }
        LOG.error("internal error in '{}'", String.join(" ", parsed.originalArgs()), e);
        err.println("pvdm: internal error: " + e + " (a bug; run with -v and report the log)");
        return ExitCodes.INTERNAL;
    }
}

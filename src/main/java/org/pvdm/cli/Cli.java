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

    /** The whole command line, every subcommand. */
    public static CommandLine commandLine() {
        return commandLine(PvdmCommand.SUBCOMMANDS.keySet());
    }

    /**
     * The command line for these arguments: only the subcommand they name when they name one (help, a typo or
     * no command at all get every subcommand, so usage, suggestions and the default command are unchanged).
     */
    static CommandLine commandLine(String[] args) {
        String word = commandWord(args);
        return commandLine(word != null && PvdmCommand.SUBCOMMANDS.containsKey(word)
                ? java.util.List.of(word) : PvdmCommand.SUBCOMMANDS.keySet());
    }

    /**
     * The first argument that is not an option of the top level (-c/--connect URI, -v, -h, -V), or null (also
     * when an argument file may hold it).
     */
    static String commandWord(String[] args) {
        return CommandWord.of(args);
    }

    private static CommandLine commandLine(java.util.Collection<String> names) {
        CommandLine cl = new CommandLine(new PvdmCommand());
        for (String name : names) {
            cl.addSubcommand(name, new CommandLine(PvdmCommand.SUBCOMMANDS.get(name).get()));
        }
        cl.getCommandSpec().usageMessage().exitCodeList(exitCodes());
        applyExitCodes(cl);
        cl.setExecutionExceptionHandler(Cli::handle);
        cl.setParameterExceptionHandler(Cli::usageError);
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
        return run(commandLine(args), args, out, err);
    }

    /** Runs on a command line built by {@link #commandLine()} (a test may add a command to it). */
    static int run(CommandLine cl, String[] args, PrintWriter out, PrintWriter err) {
        cl.setOut(out);
        cl.setErr(err);
        int code;
        try {
            code = cl.execute(args);
        } catch (RuntimeException | Error e) {
            // picocli hands Errors (stack overflow, out of memory...) through: still one line, never a trace
            code = internal(e, err, java.util.Arrays.asList(args));
        }
        out.flush();
        err.flush();
        return code;
    }

    private static int handle(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        java.util.List<String> args = parsed.originalArgs();
        if (e instanceof CliException c) {
            err.println("pvdm: " + scrub(c.getMessage(), args));
            return c.exitCode();
        }
        if (e instanceof HostException h) {
            err.println("pvdm: " + scrub(h.getMessage(), args));
            LOG.debug("host call failed", h);
            return ExitCodes.of(h.kind());
        }
        if (e instanceof java.io.IOException || e instanceof java.io.UncheckedIOException) {
            err.println("pvdm: " + scrub(e.getMessage(), args));
            LOG.debug("I/O failure", e);
            return ExitCodes.IO;
        }
        return internal(e, err, args);
    }

    /** picocli's usage error, with any password the person typed hidden (picocli echoes the bad argument). */
    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine c = e.getCommandLine();
        PrintWriter err = c.getErr();
        if (e.getCause() instanceof CommandLine.TypeConversionException) {
            // a bad value says all in one line, like pvdm's own errors
            err.println("pvdm: " + scrub(e.getMessage(), java.util.Arrays.asList(args)));
            return c.getCommandSpec().exitCodeOnInvalidInput();
        }
        err.println(scrub(e.getMessage(), java.util.Arrays.asList(args)));
        if (!CommandLine.UnmatchedArgumentException.printSuggestions(e, err)) {
            c.usage(err, c.getColorScheme());
        }
        return c.getCommandSpec().exitCodeOnInvalidInput();
    }

    /**
     * A bug on a background thread (a sampler, a connect worker): the same one line instead of the JVM's
     * "Exception in thread ..." and its stack trace.
     */
    public static void reportThreadBugs(PrintWriter err) {
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
            LOG.debug("internal error on thread {}", thread.getName(), e);
            String what = e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse("").strip();
            err.println("pvdm: internal error on thread " + thread.getName() + ": " + e.getClass().getSimpleName()
                    + what + " (a bug in pvdm; run with -v for details and report them)");
            err.flush();
        });
    }

    /** A bug: one line on stderr, the stack trace only in the -v log, with any password in the arguments hidden. */
    private static int internal(Throwable e, PrintWriter err, java.util.List<String> args) {
        String what = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName()
                : e.getClass().getSimpleName() + ": " + e.getMessage().lines().findFirst().orElse("").strip();
        if (LOG.isDebugEnabled()) {
            LOG.debug("internal error in 'pvdm {}'", scrub(String.join(" ", args), args), e);
        }
        err.println("pvdm: internal error: " + scrub(what, args) + " (a bug in pvdm; run with -v for details"
                + " and report them)");
        return ExitCodes.INTERNAL;
    }

    /** A message with every password of a URI among the arguments replaced. */
    static String scrub(String message, java.util.List<String> args) {
        String m = message == null ? "" : message;
        for (String a : args) {
            m = org.pvdm.host.UriPolicy.scrub(m, a.startsWith("--connect=") ? a.substring(10) : a);
        }
        return m;
    }
}

package org.pvdm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The command line built for one run holds only the command that runs, and that command is the same as in the whole one. */
class OneSubcommandTest {

    @Test
    void theCommandWordSkipsTopLevelOptionsAndTheirValues() {
        assertEquals("list", Cli.commandWord(new String[] {"-c", "test:///default", "list", "--json"}));
        assertEquals("list", Cli.commandWord(new String[] {"--connect", "inspect", "list"}));
        assertEquals("inspect", Cli.commandWord(new String[] {"--connect=test:///default", "-v", "inspect", "g"}));
        assertEquals("xml", Cli.commandWord(new String[] {"-ctest:///default", "xml", "inspect", "f.xml"}));
        assertNull(Cli.commandWord(new String[] {"-c", "test:///default"}));
        assertNull(Cli.commandWord(new String[] {"--help"}));
        assertNull(Cli.commandWord(new String[] {"@args.txt", "list"}));
    }

    @Test
    void aNamedCommandGetsOnlyItselfWithTheSameModelAsInTheWholeCommandLine() {
        CommandLine whole = Cli.commandLine();
        assertEquals(PvdmCommand.SUBCOMMANDS.keySet(), whole.getSubcommands().keySet());
        for (String name : PvdmCommand.SUBCOMMANDS.keySet()) {
            CommandLine one = Cli.commandLine(new String[] {"-c", "test:///default", name, "--help"});
            assertEquals(List.of(name), List.copyOf(one.getSubcommands().keySet()), name);
            assertEquals(usages(whole.getSubcommands().get(name)), usages(one.getSubcommands().get(name)), name);
        }
    }

    @Test
    void helpATypoAndNoCommandGetEveryCommand() {
        for (String[] args : new String[][] {{"--help"}, {"lsit"}, {"-c", "test:///default"}, {}}) {
            assertEquals(PvdmCommand.SUBCOMMANDS.keySet(), Cli.commandLine(args).getSubcommands().keySet(),
                    String.join(" ", args));
        }
        CliRun typo = CliRun.of("lsit");
        assertEquals(ExitCodes.USAGE, typo.exit(), typo.err());
        assertTrue(typo.err().contains("list"), "suggests the command: " + typo.err());
        CliRun help = CliRun.of("--help");
        for (String name : PvdmCommand.SUBCOMMANDS.keySet()) {
            assertTrue(help.out().contains("  " + name + " "), name + " listed in: " + help.out());
        }
    }

    @Test
    void theInheritedVerboseOptionReachesTheOneCommand() {
        CommandLine one = Cli.commandLine(new String[] {"list", "-v"});
        assertTrue(one.getSubcommands().get("list").getCommandSpec().optionsMap().containsKey("--verbose"));
        assertTrue(one.getSubcommands().get("list").getCommandSpec().optionsMap().containsKey("--help"));
    }

    /** The usage text of a command and of each of its own subcommands, by name. */
    private static Map<String, String> usages(CommandLine cl) {
        Map<String, String> m = new java.util.TreeMap<>();
        m.put(cl.getCommandName(), cl.getUsageMessage(CommandLine.Help.Ansi.OFF));
        for (Map.Entry<String, CommandLine> e : cl.getSubcommands().entrySet()) {
            m.putAll(usages(e.getValue()));
        }
        return m;
    }
}

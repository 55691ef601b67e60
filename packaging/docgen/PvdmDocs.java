import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.pvdm.cli.Cli;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Writes the man pages (AsciiDoc, one per command: pvdm.adoc, pvdm-list.adoc, ...) and the bash completion
 * script from the very CommandLine that runs `pvdm --help` (Cli.commandLine(): the annotations plus the exit
 * codes it adds), so they cannot drift from the app. Run by the Maven dist profile with the Java source
 * launcher: java -cp CLASSPATH packaging/docgen/PvdmDocs.java OUTDIR VERSION
 */
public final class PvdmDocs {
    private PvdmDocs() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: PvdmDocs OUTDIR VERSION");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        String version = args[1];
        CommandLine cl = Cli.commandLine();
        stamp(cl, "pvdm " + version);
        seeAlso(cl);

        Path man = out.resolve("man-adoc");
        Files.createDirectories(man);
        int rc = ManPageGenerator.generateManPage(man.toFile(), null, new boolean[] {false}, true, cl.getCommandSpec());
        if (rc != 0) {
            throw new IOException("ManPageGenerator failed with " + rc);
        }

        Path completion = out.resolve("bash-completion/pvdm");
        Files.createDirectories(completion.getParent());
        Files.writeString(completion, AutoComplete.bash("pvdm", cl), StandardCharsets.UTF_8);
        System.out.println("PvdmDocs: man pages in " + man + ", bash completion in " + completion);
    }

    /** The root page ends with the subcommands' pages (pvdm-convert(1), ...) and virsh(1); theirs with pvdm(1). */
    private static void seeAlso(CommandLine cl) {
        StringBuilder pages = new StringBuilder();
        collect(cl, pages);
        cl.getCommandSpec().usageMessage().footerHeading("See also").footer(pages + "virsh(1)");
    }

    private static void collect(CommandLine cl, StringBuilder pages) {
        for (CommandLine sub : cl.getSubcommands().values()) {
            pages.append(sub.getCommandSpec().qualifiedName("-")).append("(1), ");
            sub.getCommandSpec().usageMessage().footerHeading("See also").footer("pvdm(1)");
            collect(sub, pages);
        }
    }

    /**
     * The class path has no jar manifest: stamp the release version on every command; and give the exit codes
     * the man page's usual section name.
     */
    private static void stamp(CommandLine cl, String version) {
        cl.getCommandSpec().versionProvider(() -> new String[] {version});
        cl.getCommandSpec().usageMessage().exitCodeListHeading("Exit status");
        for (CommandLine sub : cl.getSubcommands().values()) {
            stamp(sub, version);
        }
    }
}

package org.pvdm.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.pvdm.model.convert.Conversion;
import org.pvdm.model.convert.Selection;
import org.pvdm.model.domain.Domain;
import org.pvdm.model.xml.XmlOutput;
import org.pvdm.switching.Readiness;
import org.pvdm.switching.SafeConversion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "convert", description = {"Switch the emulated devices of domain XML files offline, no host needed.",
    "One file without --out: the converted XML on stdout. With --out DIR: every file under its own name in DIR"
        + " (unchanged when nothing applies), except the refused ones.",
    "The checks of pvdm plan apply: a change a check blocks (a Windows boot disk without proof of a driver, an OS"
        + " older than its paravirtual drivers) is not made, the file is written with the other changes (refused"
        + " whole when nothing else applies), and each blocked device is one line on stderr. Every device left"
        + " alone and every warning is said on stderr, and with --json.",
    "One bad file never stops the others.",
    "Exit 0 when every file converted cleanly, 3 when a change was blocked or a file refused, else the code of"
        + " the first failed file (4 not found, 7 bad XML, 9 I/O, 1 internal)."})
final class XmlConvertCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(XmlConvertCommand.class);

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "domain XML files")
    List<Path> files;

    @Option(names = "--out", paramLabel = "DIR", description = "write the results into this folder")
    Path out;

    @Option(names = "--only", paramLabel = "disks|nics", description = "only disks (with their controllers) or only NICs")
    String only;

    @Option(names = "--cdroms", description = "switch CD-ROMs too (to SCSI on virtio-scsi)")
    boolean cdroms;

    @Option(names = "--diff", description = "print the unified diff of each file instead of the XML on stdout")
    boolean diff;

    @Option(names = "--json", description = "JSON on stdout: per file {file, status, guest, uuid, changes: [{device,"
            + " from, to, reason}], checks: [{id, verdict, message, devices}], refused: [{device, kind, blocked,"
            + " reason}], blocked, diff, output, exit}, or {file, status: failed, error, exit}")
    boolean json;

    @Mixin
    DriversOption drivers;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (out == null && files.size() > 1 && !diff && !json) {
            throw new CliException(ExitCodes.USAGE, "several files need --out DIR (or --diff, or --json)");
        }
        if (out != null) {
            XmlOutputFiles.checkTargets(files, out);
            Files.createDirectories(out);
        }
        SelectionOptions sel = new SelectionOptions();
        sel.only = only;
        sel.cdroms = cdroms;
        Selection selection = sel.selection();
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Object> results = new ArrayList<>();
        int exit = ExitCodes.OK;
        for (Path file : files) {
            ConvertOutcome o = convertOne(file, selection, stdout);
            o.report(err);
            if (json) {
                results.add(o.json());
            }
            exit = combine(exit, o.exit());
        }
        if (json) {
            stdout.println(Json.write(results));
        }
        return exit;
    }

    /** A failure outranks a refusal, the first failure the later ones. */
    private static int combine(int sofar, int next) {
        boolean failedSoFar = sofar != ExitCodes.OK && sofar != ExitCodes.REFUSED;
        if (failedSoFar || next == ExitCodes.OK) {
            return sofar;
        }
        return next == ExitCodes.REFUSED && sofar != ExitCodes.OK ? sofar : next;
    }

    /** Converts one file; whatever goes wrong is this file's outcome, never the batch's. */
    private ConvertOutcome convertOne(Path file, Selection selection, PrintWriter stdout) {
        try {
            Domain domain = DomainFiles.read(file);
            SafeConversion safe = SafeConversion.of(domain, selection, Readiness.Evidence.offline(domain, drivers.installed));
            if (!safe.refusal().isEmpty()) {
                return new ConvertOutcome(file, safe, safe.refusal(), ExitCodes.REFUSED, null);
            }
            Conversion c = safe.conversion();
            Path written = null;
            if (diff && !json) {
                stdout.print(c.diff("a/" + file.getFileName(), "b/" + file.getFileName()));
            }
            if (out != null) {
                XmlOutputFiles.write(out, file, c.original().document(), c.result().document());
                written = out.resolve(file.getFileName());
            } else if (!diff && !json) {
                stdout.print(XmlOutput.text(c.original().document(), c.result().document()));
            }
            return new ConvertOutcome(file, safe, "", safe.blocked() ? ExitCodes.REFUSED : ExitCodes.OK, written);
        } catch (CliException e) {
            return ConvertOutcome.failed(file, e.getMessage(), e.exitCode());
        } catch (IOException e) {
            return ConvertOutcome.failed(file, file + ": cannot write the result: " + e.getMessage(), ExitCodes.IO);
        } catch (RuntimeException | StackOverflowError e) {
            LOG.debug("converting {} failed", file, e);
            return ConvertOutcome.failed(file, file + ": internal error: " + e + " (a bug; run with -v for details)",
                    ExitCodes.INTERNAL);
        }
    }
}

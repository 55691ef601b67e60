package org.pvdm.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.pvdm.model.convert.Conversion;
import org.pvdm.model.convert.Converter;
import org.pvdm.model.convert.Refusal;
import org.pvdm.model.convert.Selection;
import org.pvdm.model.domain.Domain;
import org.pvdm.model.xml.XmlOutput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "convert", description = {"Switch the emulated devices of domain XML files offline, no host needed.",
    "One file without --out: the converted XML on stdout. With --out DIR: every file under its own name in DIR"
        + " (unchanged when nothing applies), except the refused ones, named on stderr with the reason.",
    "Exit 0 when no file was refused, 3 when some were."})
final class XmlConvertCommand implements Callable<Integer> {
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

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (out == null && files.size() > 1 && !diff) {
            throw new CliException(ExitCodes.USAGE, "several files need --out DIR (or --diff)");
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
        int refused = 0;
        for (Path file : files) {
            String why = convertOne(file, selection, stdout, err);
            if (!why.isEmpty()) {
                err.println("pvdm: refused " + file + ": " + why);
                refused++;
            }
        }
        return refused == 0 ? ExitCodes.OK : ExitCodes.REFUSED;
    }

    /** Converts one file; returns why it was refused, or "". */
    private String convertOne(Path file, Selection selection, PrintWriter stdout, PrintWriter err) throws IOException {
        Domain domain;
        try {
            domain = DomainFiles.read(file);
        } catch (CliException e) {
            if (e.exitCode() == ExitCodes.BAD_INPUT) {
                return e.getMessage().substring(e.getMessage().indexOf(": ") + 2);
            }
            throw e;
        }
        Conversion c = Converter.convert(domain, selection);
        if (c.guestRefused()) {
            return c.guestRefusal();
        }
        for (Refusal r : c.refused()) {
            if (r.kind() == null) {
                err.println("pvdm: " + file + ": " + r.device() + ": " + r.reason());
            }
        }
        if (diff) {
            stdout.print(c.diff("a/" + file.getFileName(), "b/" + file.getFileName()));
        }
        if (out != null) {
            XmlOutputFiles.write(out, file, c.original().document(), c.result().document());
        } else if (!diff) {
            stdout.print(XmlOutput.text(c.original().document(), c.result().document()));
        }
        return "";
    }
}

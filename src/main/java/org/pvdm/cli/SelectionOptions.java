package org.pvdm.cli;

import java.util.ArrayList;
import java.util.List;
import org.pvdm.model.convert.Selection;
import picocli.CommandLine.Option;

/** Which devices to switch: all convertible ones by default. */
public final class SelectionOptions {
    @Option(names = "--device", paramLabel = "NAME",
            description = "only this device (repeatable): target dev (hda), MAC for a NIC, scsi:0 for a controller;"
                    + " a CD-ROM switches only when named")
    List<String> devices = new ArrayList<>();

    @Option(names = "--only", paramLabel = "disks|nics", description = "only disks (with their controllers) or only NICs")
    String only;

    @Option(names = "--cdroms", description = "switch CD-ROMs too (to SCSI on virtio-scsi)")
    boolean cdroms;

    public Selection selection() {
        List<String> words = new ArrayList<>();
        for (String d : devices) {
            words.add("--device");
            words.add(d);
        }
        if (only != null) {
            words.add("--only");
            words.add(only);
        }
        if (cdroms) {
            words.add("--cdroms");
        }
        try {
            return Selection.fromArgs(words);
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCodes.USAGE, e.getMessage());
        }
    }
}

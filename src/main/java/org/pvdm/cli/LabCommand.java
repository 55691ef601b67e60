package org.pvdm.cli;

import org.pvdm.lab.Lab;
import org.pvdm.lab.LabException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "lab", description = {"A demo lab on this machine's libvirt: twin guests pvdm-lab-emulated (IDE disk,"
        + " e1000 NIC) and pvdm-lab-pv (virtio disk, virtio NIC) running the same disk and network workload on an"
        + " isolated bridge (pvdmlab0, 10.77.0.1/24, no uplink), to compare and to convert.",
        "Needs root for qemu:///system (it may install libvirt and QEMU, and creates a bridge)."},
        subcommands = {LabUpCommand.class, LabStatusCommand.class, LabDownCommand.class})
final class LabCommand implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(LabCommand.class);

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "say what to do: pvdm lab up | status | down");
    }

    /** The --connect every lab command takes: a local QEMU URI, qemu:///system unless told. */
    static final class Connect {
        @Option(names = {"-c", "--connect"}, paramLabel = "URI", defaultValue = "qemu:///system",
                description = "local QEMU libvirt URI: qemu:///system (default) or qemu:///session")
        String uri;

        Lab lab() {
            try {
                return Lab.on(uri);
            } catch (LabException e) {
                throw fail(e);
            }
        }
    }

    /** A lab failure as the CLI reports it: one line and its exit code. */
    static CliException fail(LabException e) {
        LOG.debug("lab step failed", e);
        int code = switch (e.kind()) {
            case UNSUPPORTED, UNAVAILABLE -> ExitCodes.UNREACHABLE;
            case DENIED -> ExitCodes.DENIED;
            case CONFLICT -> ExitCodes.CONFLICT;
            case TIMEOUT -> ExitCodes.TIMEOUT;
            case FAILED -> ExitCodes.IO;
        };
        return new CliException(code, "lab: " + e.getMessage());
    }
}

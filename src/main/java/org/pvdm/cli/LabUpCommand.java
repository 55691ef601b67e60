package org.pvdm.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.pvdm.lab.LabException;
import org.pvdm.lab.LabOptions;
import org.pvdm.lab.LabStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "up", description = "Create and start the lab, or repair it: builds the guest once from Debian packages,"
        + " creates the bridge and data disks, defines and starts the twins, waits until their workloads run."
        + " Idempotent. Uses KVM only where a KVM test boot works, else TCG.")
final class LabUpCommand implements Callable<Integer> {
    @Mixin
    LabCommand.Connect connect;

    @Option(names = "--variant", paramLabel = "VARIANT",
            description = "no-virtio: also create pvdm-lab-novirtio, an emulated twin whose initramfs lacks virtio_blk")
    String variant;

    @Option(names = "--boot-timeout", paramLabel = "S", defaultValue = "240",
            description = "seconds to wait for the twins' workloads to start (default: ${DEFAULT-VALUE})")
    long bootTimeout;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (variant != null && !variant.equals("no-virtio")) {
            throw new CliException(ExitCodes.USAGE, "--variant takes no-virtio, not " + variant);
        }
        if (bootTimeout < 1 || bootTimeout > 3600) {
            throw new CliException(ExitCodes.USAGE, "--boot-timeout takes 1 to 3600 seconds, not " + bootTimeout);
        }
        PrintWriter out = spec.commandLine().getOut();
        LabOptions options = LabOptions.defaults().withNoVirtio(variant != null)
                .withBootTimeout(Duration.ofSeconds(bootTimeout));
        try {
            LabStatus s = connect.lab().up(options, line -> {
                out.println(line);
                out.flush();
            });
            out.println();
            LabStatusCommand.print(out, s);
            out.println();
            out.println("Compare the twins live: pvdm stats --connect " + s.uri());
            out.println("Convert the emulated twin: pvdm convert pvdm-lab-emulated --connect " + s.uri()
                    + " --yes --shutdown --start");
            return ExitCodes.OK;
        } catch (LabException e) {
            throw LabCommand.fail(e);
        }
    }
}
